import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanConfig } from '#kiosk-config/schema';
import { maskFieldsInText } from '#ocr-core/fields';
import type { ScanDocType } from '#sync/schema/scan-schema';
import { useKioskData } from '../../data/data-context';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { scanMatches } from './save-scan';

const PER_PAGE = 3;

/** Filed scans, newest first, searchable over their text; ID and phone numbers masked in the list. */
export function ScanListStep({ config, filedTitle }: { config: ScanConfig; filedTitle: string | null }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { database } = useKioskData();
  const [scans, setScans] = useState<ScanDocType[]>([]);
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const subscription = database.scans.find({ sort: [{ createdAt: 'desc' }] }).$.subscribe((docs) => setScans(docs.map((d) => d.toJSON() as ScanDocType)));
    return () => subscription.unsubscribe();
  }, [database]);
  const found = scans.filter((scan) => scanMatches(scan, query));
  const shown = found.slice(offset, offset + PER_PAGE);
  const typeLabel = (id: string) => {
    const type = config.documentTypes.find((d) => d.id === id);
    return type ? localized(type.label) : id;
  };
  return (
    <section className="scan-list" aria-label={t('scan.steps.list')}>
      {filedTitle && <p role="status">{t('scan.file.saved', { title: filedTitle })}</p>}
      <label className="scan-field">
        <span>{t('scan.list.search')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOffset(0);
          }}
        />
      </label>
      {found.length === 0 && <p>{query ? t('scan.list.noMatch', { query }) : t('scan.list.none')}</p>}
      <ul className="scan-list-items">
        {shown.map((scan) => (
          <li key={scan.id} className="scan-list-item">
            <strong>{scan.title}</strong>
            <span>
              {typeLabel(scan.docType)} · {t('scan.list.pages', { count: scan.pages.length })} · {new Date(scan.createdAt).toLocaleString('zh-CN')}
              {scan.villagerName ? ` · ${scan.villagerName}` : ''}
              {scan.trackingCode ? ` · ${scan.trackingCode}` : ''}
            </span>
            <span className="scan-snippet" lang="zh-CN">{maskFieldsInText(scan.pages[0]?.ocrText.slice(0, 120) ?? '')}</span>
          </li>
        ))}
      </ul>
      {found.length > PER_PAGE && (
        <div className="scan-pager">
          <BigButton variant="secondary" onClick={() => setOffset(offset - PER_PAGE)} disabled={offset === 0}>
            {t('scan.list.previous')}
          </BigButton>
          <BigButton variant="secondary" onClick={() => setOffset(offset + PER_PAGE)} disabled={offset + PER_PAGE >= found.length}>
            {t('scan.list.next')}
          </BigButton>
        </div>
      )}
    </section>
  );
}
