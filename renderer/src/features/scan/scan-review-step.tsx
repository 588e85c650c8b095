import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFields } from '#ocr-core/fields';
import { BigButton } from '../../ui/big-button';
import type { ScanPages } from './use-scan-pages';
import { pageProblem } from './scan-page-list';

/** Spans below this confidence (0–100) are marked for the clerk to check against the paper. */
export const LOW_CONFIDENCE = 85;

/**
 * Step 2: one page at a time (上一页/下一页, never a hidden scroll): the engine's lines with
 * low-confidence spans marked, the editable text, and the ID and phone numbers it found.
 */
export function ScanReviewStep({ pages }: { pages: ScanPages }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const list = pages.pages;
  const page = list[Math.min(index, list.length - 1)];
  if (!page) return <p>{t('scan.pages.none')}</p>;
  const number = list.indexOf(page) + 1;
  const low = page.result?.lines.flatMap((line) => line.spans).filter((span) => span.confidence < LOW_CONFIDENCE) ?? [];
  const fields = findFields(page.text);
  const problem = pageProblem(t, page);
  return (
    <section className="scan-review" aria-label={t('scan.review.heading', { number, count: list.length })}>
      <h2>{t('scan.review.heading', { number, count: list.length })}</h2>
      <div className="scan-review-body">
        <img src={page.previewUrl} alt={t('scan.pages.page', { number })} className="scan-review-image" />
        <div className="scan-review-text">
          {problem && <p role="status">{problem}</p>}
          {page.status === 'reading' && <p role="status">{page.progress.total ? t('scan.pages.reading', page.progress) : t('scan.pages.waiting')}</p>}
          {page.result && (
            <>
              <p>{low.length > 0 ? t('scan.review.lowConfidence') : t('scan.review.noLowConfidence')}</p>
              <div className="scan-marked" lang="zh-CN" data-testid="scan-marked">
                {page.result.lines.map((line, i) => (
                  <div key={i}>
                    {line.spans.map((span, k) => (span.confidence < LOW_CONFIDENCE ? <mark key={k}>{span.text}</mark> : <span key={k}>{span.text}</span>))}
                  </div>
                ))}
              </div>
            </>
          )}
          <label className="scan-field">
            <span>{t('scan.review.textLabel')}</span>
            <textarea value={page.text} lang="zh-CN" rows={10} onChange={(event) => pages.setText(page.id, event.target.value)} disabled={page.status === 'reading'} />
          </label>
          {fields.length > 0 && (
            <div>
              <p>{t('scan.review.fields')}</p>
              <ul className="scan-fields">
                {fields.map((field) => (
                  <li key={`${field.start}`}>
                    {field.kind === 'phone' ? t('scan.review.phone') : field.valid ? t('scan.review.idValid') : t('scan.review.idInvalid')}：{field.value}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      <div className="scan-pager">
        <BigButton variant="secondary" onClick={() => setIndex(number - 2)} disabled={number <= 1}>
          {t('scan.review.previous')}
        </BigButton>
        <BigButton variant="secondary" onClick={() => setIndex(number)} disabled={number >= list.length}>
          {t('scan.review.next')}
        </BigButton>
      </div>
    </section>
  );
}
