import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeDocType } from '#sync/schema/notice-schema';
import type { ScreenComponentProps } from '../../app/screen-params';
import { useKioskData } from '../../data/data-context';
import { useLocalized } from '../../i18n/use-localized';
import { Pager } from '../../ui/pager';
import { Screen } from '../../ui/screen';
import { useFitPages } from '../../ui/use-fit-pages';
import { dayOf } from '../policies/policy-dates';
import { formatDay } from '../policies/policy-format';
import { usePagerLabels } from '../policies/use-pager-labels';
import { useCurrentNotices } from './use-current-notices';
import '../policies/policies.css';

/** Notice bodies are plain text (never HTML): one paragraph per line, paged to fit. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** One notice: its text in large type, paged, and its page images when this kiosk has them. */
export function NoticeDetailScreen({ params }: ScreenComponentProps<'notice-detail'>) {
  const { t } = useTranslation();
  const notices = useCurrentNotices();
  const notice = notices?.find((n) => n.id === params.noticeId);
  if (!notice) {
    return (
      <Screen title={t('notices.title')}>
        <p>{notices === undefined ? t('notices.loading') : t('notices.missing')}</p>
      </Screen>
    );
  }
  return <NoticeDetail notice={notice} />;
}

function NoticeDetail({ notice }: { notice: NoticeDocType }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const pagerLabels = usePagerLabels();
  const images = useLocalImages(notice);
  const blocks = useMemo(() => [...paragraphs(localized(notice.body)).map((text) => ({ text })), ...images.map((url, index) => ({ url, index }))], [localized, notice.body, images]);
  const { viewportRef, measureRef, page, pageCount, start, end, next, previous } = useFitPages(blocks.length);
  const shown = blocks.slice(start, end);
  const date = t('notices.published', { date: formatDay(dayOf(notice.publishFrom), i18n.language) });
  const render = (block: (typeof blocks)[number], key: number) =>
    'text' in block ? <p key={key}>{block.text}</p> : <img key={key} className="notice-image" src={block.url} alt={t('notices.image', { number: block.index + 1 })} />;
  const title = localized(notice.title);
  return (
    <Screen title={title} speech={[title, date, ...shown.flatMap((b) => ('text' in b ? [b.text] : []))].join('。').slice(0, 3900)}>
      <div className="policy-paged">
        <p className="policy-meta">{date}</p>
        <div className="policy-viewport" ref={viewportRef}>
          <article className="policy-text notice-text">{shown.map((block, i) => render(block, start + i))}</article>
          <div className="policy-text notice-text policy-measure" ref={measureRef} aria-hidden="true" inert>
            {blocks.map((block, i) => render(block, i))}
          </div>
        </div>
        <Pager page={page} count={pageCount} onPrevious={previous} onNext={next} labels={pagerLabels} />
      </div>
    </Screen>
  );
}

/** Object URLs of the notice's page images that are in this kiosk's blob store (others are not fetched here). */
function useLocalImages(notice: NoticeDocType): string[] {
  const { blobs } = useKioskData();
  const [urls, setUrls] = useState<string[]>([]);
  useEffect(() => {
    let cancelled = false;
    const made: string[] = [];
    void Promise.all(notice.images.map((image) => blobs.getBlob(image.sha256).catch(() => undefined))).then((found) => {
      if (cancelled) return;
      for (const blob of found) if (blob) made.push(URL.createObjectURL(blob));
      setUrls(made);
    });
    return () => {
      cancelled = true;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [blobs, notice.images]);
  return urls;
}
