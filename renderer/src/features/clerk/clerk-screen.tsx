import { useState, type ReactNode } from 'react';
import { NoticeCard } from '../notices/notice-card';
import { NoticeComposer } from '../notices/notice-composer';
import { useTranslation } from 'react-i18next';
import { MIN_PIN, useClerkPin } from '../../app/use-clerk-pin';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { Screen } from '../../ui/screen';
import { DeviceDiagnostics } from '../devices/device-diagnostics';
import { OcrServiceProvider } from '../scan/ocr-service-context';
import { ScanScreen } from '../scan/scan-screen';
import { ClerkPinEntry } from './clerk-pin-gate';
import { ClerkTabs, type ClerkTab } from './clerk-tabs';
import { EnrollmentCard, useEnrollmentWords } from './enrollment-card';
import { QuarantineList } from './quarantine-list';
import { SpeechCard } from './speech-card';
import { SyncCard } from './sync-card';
import { syncLines } from './sync-words';
import './clerk.css';

/**
 * The clerk's screen: first the PIN (checked by the host), then one card at a time (sync,
 * the village's notices, enrollment, what the county refused, read aloud) behind large tabs, so each fits every
 * screen size, and the device check. `unlocked` is component state of this screen, which lives
 * under the session: leaving the screen or an idle reset (which remounts every screen) locks it
 * again.
 */
export function ClerkScreen() {
  const [unlocked, setUnlocked] = useState(false);
  if (!unlocked) return <ClerkLocked onUnlocked={() => setUnlocked(true)} />;
  // The OCR workers start as soon as the clerk is in, ahead of the first scan (first text ≤ 2 s).
  return (
    <OcrServiceProvider>
      <ClerkUnlocked />
    </OcrServiceProvider>
  );
}

function ClerkUnlocked() {
  const [view, setView] = useState<'dashboard' | 'devices' | 'notice' | 'scan'>('dashboard');
  const [published, setPublished] = useState(false);
  if (view === 'scan') return <ScanScreen onBack={() => setView('dashboard')} />;
  if (view === 'devices') return <ClerkDevices onBack={() => setView('dashboard')} />;
  if (view === 'notice') {
    return (
      <NoticeComposer
        onDone={(done) => {
          setView('dashboard');
          setPublished(done);
        }}
      />
    );
  }
  // Back from the notice composer, the dashboard opens on the notices tab, which says whether it was published.
  return (
    <ClerkDashboard
      initialTab={published ? 'notices' : 'sync'}
      onDevices={() => setView('devices')}
      onScan={() => setView('scan')}
      noticeCard={<NoticeCard published={published} onCompose={() => setView('notice')} />}
    />
  );
}

/** The device check, a view of the unlocked clerk screen (so it stays behind the PIN); Back returns to the dashboard. */
function ClerkDevices({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Screen title={t('devices.diagnostics.title')} speech={`${t('devices.diagnostics.title')}。${t('devices.diagnostics.intro')}`} onBack={onBack}>
      <DeviceDiagnostics />
    </Screen>
  );
}

function ClerkLocked({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const pin = useClerkPin(onUnlocked);
  return (
    <Screen
      title={t('clerk.title')}
      speech={`${t('clerk.title')}。${t('clerk.pin.prompt')}`}
      actions={
        <BigButton onClick={pin.unlock} disabled={pin.checking || pin.pin.length < MIN_PIN}>
          {t('clerk.pin.unlock')}
        </BigButton>
      }
    >
      <ClerkPinEntry pin={pin} />
    </Screen>
  );
}

function ClerkDashboard({ onDevices, onScan, noticeCard, initialTab }: { onDevices: () => void; onScan: () => void; noticeCard: ReactNode; initialTab: ClerkTab }) {
  const { t, i18n } = useTranslation();
  const { status, quarantine } = useSync();
  const enrollmentWords = useEnrollmentWords();
  const [tab, setTab] = useState<ClerkTab>(initialTab);
  const speech = [
    t('clerk.title'),
    enrollmentWords,
    ...syncLines(t, status, i18n.language),
    quarantine.length > 0 ? t('clerk.quarantine.count', { count: quarantine.length }) : t('clerk.quarantine.none'),
  ].join(' ');
  return (
    <Screen
      title={t('clerk.title')}
      speech={speech}
      actions={
        <>
          <BigButton onClick={onScan}>{t('scan.open')}</BigButton>
          <BigButton variant="secondary" onClick={onDevices}>
            {t('devices.diagnostics.open')}
          </BigButton>
        </>
      }
    >
      <ClerkTabs current={tab} onChange={setTab} refused={quarantine.length} />
      <div className="clerk-panel" role="tabpanel" id={`clerk-panel-${tab}`} aria-labelledby={`clerk-tab-${tab}`}>
        {tab === 'sync' && <SyncCard />}
        {tab === 'notices' && noticeCard}
        {tab === 'enrollment' && <EnrollmentCard />}
        {tab === 'refused' && <QuarantineList />}
        {tab === 'speech' && <SpeechCard />}
      </div>
    </Screen>
  );
}
