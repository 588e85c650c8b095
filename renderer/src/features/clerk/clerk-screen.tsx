import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PIN, useClerkPin } from '../../app/use-clerk-pin';
import { useSync } from '../../sync/sync-context';
import { BigButton } from '../../ui/big-button';
import { Screen } from '../../ui/screen';
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
 * enrollment, what the county refused, read aloud) behind large tabs, so each fits every
 * screen size. `unlocked` is component state of this screen, which lives under the session:
 * leaving the screen or an idle reset (which remounts every screen) locks it again.
 */
export function ClerkScreen() {
  const [unlocked, setUnlocked] = useState(false);
  return unlocked ? <ClerkDashboard /> : <ClerkLocked onUnlocked={() => setUnlocked(true)} />;
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

function ClerkDashboard() {
  const { t, i18n } = useTranslation();
  const { status, quarantine } = useSync();
  const enrollmentWords = useEnrollmentWords();
  const [tab, setTab] = useState<ClerkTab>('sync');
  const speech = [
    t('clerk.title'),
    enrollmentWords,
    ...syncLines(t, status, i18n.language),
    quarantine.length > 0 ? t('clerk.quarantine.count', { count: quarantine.length }) : t('clerk.quarantine.none'),
  ].join(' ');
  return (
    <Screen title={t('clerk.title')} speech={speech}>
      <ClerkTabs current={tab} onChange={setTab} refused={quarantine.length} />
      <div className="clerk-panel" role="tabpanel" id={`clerk-panel-${tab}`} aria-labelledby={`clerk-tab-${tab}`}>
        {tab === 'sync' && <SyncCard />}
        {tab === 'enrollment' && <EnrollmentCard />}
        {tab === 'refused' && <QuarantineList />}
        {tab === 'speech' && <SpeechCard />}
      </div>
    </Screen>
  );
}
