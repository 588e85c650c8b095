import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPolicyMarkdown } from '#kiosk-policy-markdown';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { useConsole } from '../app/console-context';
import { CATEGORY_IDS, categoryName } from '../app/format';
import { CouchHttpError, docPath } from '../couch/couch-api';
import { policyDoc, type PolicyDraft } from '../publish/policy-doc';

const EMPTY: PolicyDraft = { id: '', titleZh: '', titleEn: '', category: CATEGORY_IDS[0] ?? 'other', tags: '', bodyZh: '', bodyEn: '' };

/**
 * Publishing a policy from the browser: the document `county policies import` would write
 * (policy-doc.ts), upserted into county-policies, where validate-policies.js lets only the
 * county write. The preview is the kiosk's own Markdown rendering (renderer/src/features/
 * policies/policy-markdown.ts: no raw HTML, links as numbered text, images as their
 * description, sanitised), so what the county sees is what a villager will.
 */
export function PublishPage() {
  const { t, i18n } = useTranslation();
  const { api, prefix, session } = useConsole();
  const [draft, setDraft] = useState<PolicyDraft>(EMPTY);
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string }>();
  if (!session.canAnswer) return <p className="notice">{t('publish.viewerOnly')}</p>;

  const field = (name: keyof PolicyDraft) => ({ value: draft[name], onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }) });

  async function publish(event: FormEvent) {
    event.preventDefault();
    const { doc, problems } = policyDoc(draft, new Date());
    if (!doc) {
      setMessage({ kind: 'problem', text: t('publish.refused', { reason: problems.join('; ') }) });
      return;
    }
    const db = countyDatabaseNames(prefix).policies;
    try {
      const path = docPath(db, String(doc._id));
      const current = await api.request<{ _rev: string }>('GET', path).catch((error: unknown) => {
        if (error instanceof CouchHttpError && error.status === 404) return undefined;
        throw error;
      });
      await api.request('PUT', path, { body: { ...doc, ...(current ? { _rev: current._rev } : {}) } });
      setMessage({ kind: 'ok', text: t('publish.published', { id: doc._id }) });
    } catch (error) {
      setMessage({ kind: 'problem', text: t('publish.refused', { reason: error instanceof CouchHttpError ? error.reason : String(error) }) });
    }
  }

  return (
    <section aria-labelledby="publish-heading">
      <h1 id="publish-heading">{t('publish.heading')}</h1>
      <div className="publish-columns">
        <form className="publish-form" onSubmit={(event) => void publish(event)}>
          <label>
            {t('publish.id')}
            <input {...field('id')} required pattern="[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}" />
          </label>
          <label>
            {t('publish.titleZh')}
            <input {...field('titleZh')} required />
          </label>
          <label>
            {t('publish.titleEn')}
            <input {...field('titleEn')} />
          </label>
          <label>
            {t('publish.category')}
            <select {...field('category')}>
              {CATEGORY_IDS.map((id) => (
                <option key={id} value={id}>
                  {categoryName(id, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('publish.tags')}
            <input {...field('tags')} />
          </label>
          <label>
            {t('publish.bodyZh')}
            <textarea {...field('bodyZh')} rows={10} required />
          </label>
          <label>
            {t('publish.bodyEn')}
            <textarea {...field('bodyEn')} rows={4} />
          </label>
          {message ? (
            <p role={message.kind === 'ok' ? 'status' : 'alert'} className={message.kind === 'ok' ? 'done' : 'problem'}>
              {message.text}
            </p>
          ) : null}
          <button type="submit" className="primary">
            {t('publish.submit')}
          </button>
        </form>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('publish.preview')}</h2>
          <div className="markdown-preview">
            <h3>{draft.titleZh}</h3>
            {renderPolicyMarkdown(draft.bodyZh, { title: draft.titleZh }).blocks.map((block, index) => (
              // Safe: the kiosk's renderer sanitises with DOMPurify and an allow-list of text tags.
              <div key={index} dangerouslySetInnerHTML={{ __html: block }} />
            ))}
          </div>
        </section>
      </div>
    </section>
  );
}
