import { useState, type ReactNode } from 'react';
import { NoticeCard } from '../notices/notice-card';
import { NoticeComposer } from '../notices/notice-composer';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { Screen } from '../../ui/screen';
import { DeviceDiagnostics } from '../devices/device-diagnostics';
import { ClerkPinGate } from './clerk-pin-gate';
import { EnrollmentCard } from './enrollment-card';
import { QuarantineList } from './quarantine-list';
import { SyncCard } from './sync-card';
import { syncLines } from './sync-words';
import './clerk.css';
import { spokenVillage } from './village-label';

/**
 * The clerk's screen: first the PIN (checked by the host), then enrollment, the sync and what
 * the county refused. `unlocked` is component state of this screen, which lives under the
 * session: leaving the screen or an idle reset (which remounts every screen) locks it again.
 */
export function ClerkScreen() {
  const [unlocked, setUnlocked] = useState(false);
  const [view, setView] = useState<'dashboard' | 'devices' | 'notice'>('dashboard');
  const [published, setPublished] = useState(false);
  if (!unlocked) return <ClerkLocked onUnlocked={() => setUnlocked(true)} />;
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
  return <ClerkDashboard onDevices={() => setView('devices')} noticeCard={<NoticeCard published={published} onCompose={() => setView('notice')} />} />;
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
  return (
    <Screen title={t('clerk.title')} speech={`${t('clerk.title')}。${t('clerk.pin.prompt')}`}>
      <ClerkPinGate onUnlocked={onUnlocked} />
    </Screen>
  );
}

function ClerkDashboard({ onDevices, noticeCard }: { onDevices: () => void; noticeCard: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { enrollment, status, quarantine } = useSync();
  const enrollmentSpeech =
    enrollment.state === 'enrolled'
      ? `${t('clerk.enrollment.enrolled')} ${t('clerk.enrollment.village')} ${spokenVillage(enrollment, i18n.language)}，${t('clerk.enrollment.kioskId')} ${enrollment.kioskId}。`
      : enrollment.state === 'checking'
        ? t('clerk.enrollment.checking')
        : enrollment.state === 'unavailable'
          ? t('clerk.enrollment.unavailable')
          : `${t('clerk.enrollment.notEnrolled')} ${t('clerk.enrollment.load')}。`;
  const speech = [
    t('clerk.title'),
    enrollmentSpeech,
    ...syncLines(t, status, i18n.language),
    quarantine.length > 0 ? t('clerk.quarantine.count', { count: quarantine.length }) : t('clerk.quarantine.none'),
  ].join(' ');
  return (
    <Screen title={t('clerk.title')} speech={speech}>
      <div className="clerk-cards">
        <BigButton variant="secondary" onClick={onDevices}>
          {t('devices.diagnostics.open')}
        </BigButton>
        <EnrollmentCard />
        <SyncCard />
        <QuarantineList />
        {noticeCard}
      </div>
    </Screen>
  );
}
