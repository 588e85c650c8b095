import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDocType } from '#sync/schema/policy-schema';
import type { ScreenComponentProps } from '../../app/screen-params';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { Pager } from '../../ui/pager';
import { QrCode } from '../../ui/qr-code';
import { Screen } from '../../ui/screen';
import { useFitPages } from '../../ui/use-fit-pages';
import { usePolicyCatalogue } from './policy-catalogue';
import { dayOf } from './policy-dates';
import { formatDay } from './policy-format';
import { blockText, renderPolicyMarkdown } from './policy-markdown';
import { usePagerLabels } from './use-pager-labels';
import './policies.css';

/** Text sizes of the policy text, in CSS px: the smallest is already above the 24 px minimum. */
export const TEXT_SIZES = [28, 34, 42] as const;

/** The speech service takes at most 4,000 characters; a page is far shorter. */
const MAX_SPEECH = 3_900;

/**
 * One policy in large type: the body paged to fit the screen (上一页/下一页, never a scroll
 * bar), a text-size control that re-pages, read aloud of the page shown (with stop), and the
 * official link as a QR code to take home on a phone (never opened here).
 */
export function PolicyDetailScreen({ params }: ScreenComponentProps<'policy-detail'>) {
  const { t } = useTranslation();
  const { byId, state } = usePolicyCatalogue();
  const policy = byId.get(params.policyId);
  if (!policy) {
    return (
      <Screen title={t('policies.title')}>
        <p>{state === 'loading' ? t('policies.loading') : t('policies.detail.missing')}</p>
      </Screen>
    );
  }
  return <PolicyDetail key={policy.id + policy.updatedAt} policy={policy} />;
}

function PolicyDetail({ policy }: { policy: PolicyDocType }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const pagerLabels = usePagerLabels();
  const [size, setSize] = useState(0);
  const title = localized(policy.title);
  const rendered = useMemo(() => renderPolicyMarkdown(localized(policy.body), { title }), [localized, policy.body, title]);
  const { viewportRef, measureRef, page, pageCount, start, end, next, previous } = useFitPages(rendered.blocks.length, size);
  const language = i18n.language;
  const from = policy.effectiveFrom ? formatDay(dayOf(policy.effectiveFrom), language) : undefined;
  const until = policy.effectiveUntil ? formatDay(dayOf(policy.effectiveUntil), language) : undefined;
  const dates = from && until ? t('policies.detail.effectiveRange', { from, until }) : from ? t('policies.detail.effective', { from }) : undefined;
  const meta = [policy.issuer ? t('policies.detail.issuer', { issuer: localized(policy.issuer) }) : undefined, dates].filter(Boolean).join('　');
  const links = [...(policy.link ? [{ number: 0, text: t('policies.detail.linkTitle'), href: policy.link }] : []), ...rendered.links.filter((link) => link.href !== policy.link)];
  const shown = rendered.blocks.slice(start, end);
  const speech = [title, page === 0 ? meta : '', ...shown.map(blockText), page === pageCount - 1 && rendered.truncated ? t('policies.detail.truncated') : '']
    .filter(Boolean)
    .join('。')
    .slice(0, MAX_SPEECH);

  return (
    <Screen
      title={title}
      speech={speech}
    >
      <div className="policy-detail">
        <div className="policy-paged">
          {meta && <p className="policy-meta">{meta}</p>}
          <div className="policy-viewport" ref={viewportRef} style={{ fontSize: `${TEXT_SIZES[size]}px` }}>
            <article className="policy-text" lang={language === 'en' && policy.body.en ? 'en' : 'zh-CN'}>
              {shown.map((block, index) => (
                <div key={start + index} className="policy-block" dangerouslySetInnerHTML={{ __html: block }} />
              ))}
              {rendered.truncated && page === pageCount - 1 && (
                <p className="policy-truncated" role="note">
                  {t('policies.detail.truncated')}
                </p>
              )}
            </article>
            <div className="policy-text policy-measure" ref={measureRef} aria-hidden="true" inert>
              {rendered.blocks.map((block, index) => (
                <div key={index} className="policy-block" dangerouslySetInnerHTML={{ __html: block }} />
              ))}
              {rendered.truncated && <p className="policy-truncated">{t('policies.detail.truncated')}</p>}
            </div>
          </div>
          <Pager page={page} count={pageCount} onPrevious={previous} onNext={next} labels={pagerLabels} />
        </div>
        <div className="policy-side">
          <div className="policy-text-size" role="group" aria-label={t('policies.detail.textSize')}>
            <BigButton variant="secondary" disabled={size === 0} onClick={() => setSize(size - 1)}>
              {t('policies.detail.smaller')}
            </BigButton>
            <BigButton variant="secondary" disabled={size === TEXT_SIZES.length - 1} onClick={() => setSize(size + 1)}>
              {t('policies.detail.larger')}
            </BigButton>
          </div>
          {links.slice(0, 2).map((link) => (
            <figure key={link.href} className="policy-qr">
              <QrCode value={link.href} size={150} label={link.number > 0 ? t('policies.detail.linkQr', { number: link.number, text: link.text || link.href }) : link.text} />
              <figcaption>
                {link.number > 0 ? `[${link.number}] ${link.text}` : link.text}
                <span className="policy-qr-hint">{t('policies.detail.linkHint')}</span>
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
    </Screen>
  );
}
