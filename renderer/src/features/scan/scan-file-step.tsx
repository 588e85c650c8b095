import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanConfig } from '#kiosk-config/schema';
import { isValidTrackingCode } from '#sync/schema/tracking-code';
import { useKioskData } from '../../data/data-context';
import { useHost } from '../../host/host-context';
import { useLocalized } from '../../i18n/use-localized';
import { useReportingIdentity } from '../../sync/use-reporting-identity';
import { BigButton } from '../../ui/big-button';
import { saveScan } from './save-scan';
import type { ScanPages } from './use-scan-pages';

/** Step 3: document type (from configuration), optional links, title, and filing. */
export function ScanFileStep({ config, pages, onFiled }: { config: ScanConfig; pages: ScanPages; onFiled: (title: string) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { database, blobs } = useKioskData();
  const host = useHost();
  const identity = useReportingIdentity(() => host.invoke('system.info').then((info) => info.kioskId));
  const [docType, setDocType] = useState(config.documentTypes[0]!.id);
  const [title, setTitle] = useState('');
  const [trackingCode, setTrackingCode] = useState('');
  const [villagerName, setVillagerName] = useState('');
  const [state, setState] = useState<{ phase: 'idle' } | { phase: 'saving' } | { phase: 'failed'; message: string }>({ phase: 'idle' });
  const ready = pages.pages.filter((p) => p.status === 'done' && p.result);
  const typeLabel = localized(config.documentTypes.find((d) => d.id === docType)!.label);
  const codeProblem = trackingCode !== '' && !isValidTrackingCode(trackingCode);

  const file = () => {
    if (ready.length === 0) return setState({ phase: 'failed', message: t('scan.file.needPages') });
    if (codeProblem) return setState({ phase: 'failed', message: t('scan.file.badTrackingCode') });
    const finalTitle = title.trim() || `${typeLabel} ${new Date().toLocaleDateString('zh-CN')}`;
    setState({ phase: 'saving' });
    identity()
      .then(({ village, kioskId }) =>
        saveScan({ scans: database.scans, blobs }, { village, kioskId, title: finalTitle, docType, trackingCode: trackingCode || undefined, villagerName: villagerName.trim() || undefined, pages: ready.map((p) => ({ result: p.result!, text: p.text })) }),
      )
      .then(
        () => {
          pages.clear();
          onFiled(finalTitle);
        },
        (error: unknown) => setState({ phase: 'failed', message: t('scan.file.failed', { reason: error instanceof Error ? error.message : String(error) }) }),
      );
  };

  return (
    <section className="scan-file" aria-label={t('scan.steps.file')}>
      <fieldset className="scan-doc-types">
        <legend>{t('scan.file.docType')}</legend>
        {config.documentTypes.map((type) => (
          <BigButton key={type.id} variant={type.id === docType ? 'primary' : 'secondary'} aria-pressed={type.id === docType} onClick={() => setDocType(type.id)}>
            {localized(type.label)}
          </BigButton>
        ))}
      </fieldset>
      <label className="scan-field">
        <span>{t('scan.file.title')}</span>
        <input value={title} placeholder={`${typeLabel}`} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="scan-field">
        <span>{t('scan.file.trackingCode')}</span>
        <input value={trackingCode} inputMode="numeric" maxLength={8} onChange={(e) => setTrackingCode(e.target.value.replace(/\D/g, ''))} aria-invalid={codeProblem} />
      </label>
      <label className="scan-field">
        <span>{t('scan.file.villagerName')}</span>
        <input value={villagerName} maxLength={50} onChange={(e) => setVillagerName(e.target.value)} />
      </label>
      {state.phase === 'failed' && <p role="alert">{state.message}</p>}
      <BigButton onClick={file} disabled={state.phase === 'saving'}>
        {state.phase === 'saving' ? t('scan.file.saving') : t('scan.file.submit')}
      </BigButton>
    </section>
  );
}
