import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../app/console-context';
import { formatTime } from '../app/format';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { knownVillages } from '../publish/known-villages';
import { VillagePicker } from '../publish/village-picker';

const SEVERITIES = ['info', 'warning', 'danger'] as const;

/**
 * An emergency alert to the villages picked by town. The console's server signs it with the
 * county key (county-console/server/alert-signing.node.ts) for a county account, and writes it
 * with the person's own session, so CouchDB's validator decides too.
 */
export function AlertsPage() {
  const { t, i18n } = useTranslation();
  const { api, gatherDb, session } = useConsole();
  const [loaded, reload] = useLoad(() => knownVillages(api, gatherDb), []);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('warning');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [hours, setHours] = useState('24');
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string }>();
  if (!session.canAnswer) return <p className="notice">{t('publish.viewerOnly')}</p>;

  async function send(event: FormEvent) {
    event.preventDefault();
    const villages = all ? ['*'] : [...picked];
    if (villages.length === 0) {
      setMessage({ kind: 'problem', text: t('alerts.pickVillages') });
      return;
    }
    const response = await fetch('/console-api/alerts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ villages, severity, zh, ...(en.trim() ? { en } : {}), hours: Number(hours) }),
    });
    const body = (await response.json()) as { id?: string; expiresAt?: string; reason?: string };
    if (response.ok && body.id) setMessage({ kind: 'ok', text: t('alerts.sent', { id: body.id, until: formatTime(body.expiresAt, i18n.language) }) });
    else setMessage({ kind: 'problem', text: t('alerts.refused', { reason: body.reason ?? response.statusText }) });
  }

  return (
    <section aria-labelledby="alerts-heading">
      <h1 id="alerts-heading">{t('alerts.heading')}</h1>
      <LoadingState loaded={loaded} retry={reload}>
        {(towns) => (
          <form className="publish-form" onSubmit={(event) => void send(event)}>
            <VillagePicker
              towns={towns}
              picked={picked}
              all={all}
              onChange={(next, everyone) => {
                setPicked(next);
                setAll(everyone);
              }}
            />
            <label>
              {t('alerts.severity')}
              <select value={severity} onChange={(event) => setSeverity(event.target.value as (typeof SEVERITIES)[number])}>
                {SEVERITIES.map((level) => (
                  <option key={level} value={level}>
                    {t(`alerts.severities.${level}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('alerts.textZh')}
              <textarea value={zh} onChange={(event) => setZh(event.target.value)} rows={3} maxLength={1000} required />
            </label>
            <label>
              {t('alerts.textEn')}
              <textarea value={en} onChange={(event) => setEn(event.target.value)} rows={2} maxLength={1000} />
            </label>
            <label>
              {t('alerts.hours')}
              <input type="number" min={1} max={720} value={hours} onChange={(event) => setHours(event.target.value)} required />
            </label>
            {message ? (
              <p role={message.kind === 'ok' ? 'status' : 'alert'} className={message.kind === 'ok' ? 'done' : 'problem'}>
                {message.text}
              </p>
            ) : null}
            <button type="submit" className="primary">
              {t('alerts.send')}
            </button>
          </form>
        )}
      </LoadingState>
    </section>
  );
}
