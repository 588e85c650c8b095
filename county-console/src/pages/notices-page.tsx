import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { databaseNames } from '#sync/couchdb/database-names';
import { validateDocument } from '#sync/schema/validate-document';
import { useConsole } from '../app/console-context';
import { LoadingState } from '../app/loading-state';
import { useLoad } from '../app/use-load';
import { CouchHttpError, docPath } from '../couch/couch-api';
import { knownVillages } from '../publish/known-villages';

/**
 * A village notice (村务公开) from the county, the document `county notices publish` writes,
 * checked with the kiosk's own validator, into the village's notices database (validate-village.js
 * lets the county side write there; viewers are refused by CouchDB).
 */
export function NoticesPage() {
  const { t } = useTranslation();
  const { api, gatherDb, prefix, session } = useConsole();
  const [loaded, reload] = useLoad(() => knownVillages(api, gatherDb), []);
  const [village, setVillage] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  // Today in China time.
  const [from, setFrom] = useState(() => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  const [until, setUntil] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string }>();
  if (!session.canAnswer) return <p className="notice">{t('publish.viewerOnly')}</p>;

  async function publish(event: FormEvent) {
    event.preventDefault();
    const now = new Date();
    const id = `notice-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}`;
    const draft = {
      id,
      type: 'notice',
      village,
      title: { zh: title.trim() },
      body: { zh: body.trim() },
      images: [],
      publishFrom: from,
      ...(until ? { takeDownAt: until } : {}),
      author: 'county',
      createdAt: now.toISOString(),
    };
    const checked = validateDocument('notices', draft);
    if (!checked.ok) {
      setMessage({ kind: 'problem', text: t('notices.refused', { reason: checked.errors.join('; ') }) });
      return;
    }
    const { id: _id, ...fields } = draft;
    try {
      await api.request('PUT', docPath(databaseNames(village, prefix).notices, _id), { body: { _id, ...fields } });
      setMessage({ kind: 'ok', text: t('notices.published', { village }) });
    } catch (error) {
      setMessage({ kind: 'problem', text: t('notices.refused', { reason: error instanceof CouchHttpError ? error.reason : String(error) }) });
    }
  }

  return (
    <section aria-labelledby="notices-heading">
      <h1 id="notices-heading">{t('notices.heading')}</h1>
      <LoadingState loaded={loaded} retry={reload}>
        {(towns) => (
          <form className="publish-form" onSubmit={(event) => void publish(event)}>
            <label>
              {t('notices.village')}
              <select value={village} onChange={(event) => setVillage(event.target.value)} required>
                <option value="">{t('notices.pick')}</option>
                {towns.map(({ town, villages }) => (
                  <optgroup key={town} label={t('alerts.town', { town })}>
                    {villages.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
            <label>
              {t('notices.title')}
              <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={100} />
            </label>
            <label>
              {t('notices.body')}
              <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={6} required />
            </label>
            <label>
              {t('notices.from')}
              <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} required />
            </label>
            <label>
              {t('notices.until')}
              <input type="date" value={until} min={from} onChange={(event) => setUntil(event.target.value)} />
            </label>
            {message ? (
              <p role={message.kind === 'ok' ? 'status' : 'alert'} className={message.kind === 'ok' ? 'done' : 'problem'}>
                {message.text}
              </p>
            ) : null}
            <button type="submit" className="primary">
              {t('notices.submit')}
            </button>
          </form>
        )}
      </LoadingState>
    </section>
  );
}
