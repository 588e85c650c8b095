import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskData } from '../../data/data-context';
import { useHost } from '../../host/host-context';
import { useReportingIdentity } from '../../sync/use-reporting-identity';
import { BigButton } from '../../ui/big-button';
import { CheckIcon } from '../../ui/media-icons';
import { OnScreenKeyboard } from '../../ui/on-screen-keyboard';
import { Screen } from '../../ui/screen';
import { chinaDay } from '../policies/policy-dates';
import './notices.css';

const DAYS = [7, 30, 90] as const;
const MAX_TITLE = 200;
const MAX_BODY = 20_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The clerk types a notice (title, then text) on the on-screen keyboard or a physical one,
 * chooses how long it hangs, and publishes it: one insert into the notices collection, which
 * the sync carries to the county and from there to the village's other kiosks. Shown inside
 * the clerk screen, behind its PIN.
 */
export function NoticeComposer({ onDone }: { onDone: (published: boolean) => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const { database } = useKioskData();
  const hostKioskId = useCallback(async () => (await host.invoke('system.info')).kioskId, [host]);
  const identity = useReportingIdentity(hostKioskId);
  const [field, setField] = useState<'title' | 'body'>('title');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [days, setDays] = useState<(typeof DAYS)[number]>(30);
  const [state, setState] = useState<'editing' | 'saving' | 'failed'>('editing');

  async function publish() {
    setState('saving');
    try {
      const { village, kioskId } = await identity();
      const now = new Date();
      const today = chinaDay(now);
      await database.notices.insert({
        id: `notice-${crypto.randomUUID()}`,
        type: 'notice',
        village,
        title: { zh: title.trim() },
        body: { zh: body.trim() },
        images: [],
        publishFrom: today,
        takeDownAt: addDays(today, days),
        author: 'clerk',
        kioskId,
        createdAt: now.toISOString(),
      });
      onDone(true);
    } catch (error) {
      console.error('[kiosk] publishing a notice failed', error);
      setState('failed');
    }
  }

  const value = field === 'title' ? title : body;
  return (
    <Screen title={t('notices.compose.title')} speech={t('notices.compose.speech')} onBack={() => onDone(false)}>
      <div className="notice-compose">
        <div className="notice-compose-fields" role="group" aria-label={t('notices.compose.fields')}>
          <BigButton variant={field === 'title' ? 'primary' : 'secondary'} aria-pressed={field === 'title'} onClick={() => setField('title')}>
            {t('notices.compose.editTitle')}
          </BigButton>
          <BigButton variant={field === 'body' ? 'primary' : 'secondary'} aria-pressed={field === 'body'} onClick={() => setField('body')}>
            {t('notices.compose.editBody')}
          </BigButton>
          <p className="notice-compose-preview">{field === 'title' ? t('notices.compose.bodyPreview', { text: body || '—' }) : t('notices.compose.titlePreview', { text: title || '—' })}</p>
        </div>
        <OnScreenKeyboard
          key={field}
          value={value}
          onChange={field === 'title' ? setTitle : setBody}
          vocabulary={[]}
          maxLength={field === 'title' ? MAX_TITLE : MAX_BODY}
          labels={{
            text: field === 'title' ? t('notices.compose.titleField') : t('notices.compose.bodyField'),
            keys: t('notices.compose.keys'),
            candidates: t('notices.compose.candidates'),
            hint: t('notices.compose.hint'),
            composing: (pinyin) => t('notices.compose.composing', { pinyin }),
            noCandidates: t('notices.compose.noCandidates'),
            previous: t('policies.pager.previous'),
            next: t('policies.pager.next'),
            backspace: t('notices.compose.backspace'),
            space: t('notices.compose.space'),
            digits: t('report.keyboard.digits'),
            letters: t('report.keyboard.letters'),
          }}
        />
        <div className="notice-compose-actions">
          <div role="group" aria-label={t('notices.compose.duration')} className="notice-compose-days">
            {DAYS.map((d) => (
              <BigButton key={d} variant={days === d ? 'primary' : 'secondary'} aria-pressed={days === d} onClick={() => setDays(d)}>
                {t('notices.compose.days', { count: d })}
              </BigButton>
            ))}
          </div>
          {state === 'failed' && (
            <p className="clerk-problem" role="alert">
              {t('notices.compose.failed')}
            </p>
          )}
          <BigButton icon={<CheckIcon />} disabled={state === 'saving' || title.trim() === '' || body.trim() === ''} onClick={() => void publish()}>
            {state === 'saving' ? t('notices.compose.saving') : t('notices.compose.publish')}
          </BigButton>
        </div>
      </div>
    </Screen>
  );
}
