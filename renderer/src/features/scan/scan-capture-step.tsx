import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanConfig } from '#kiosk-config/schema';
import { BigButton } from '../../ui/big-button';
import { useDocumentCamera, useStillnessTrigger } from './use-document-camera';
import type { ScanPages } from './use-scan-pages';
import { ScanPageList } from './scan-page-list';

const ACCEPTED = 'image/png,image/jpeg,image/webp';

/** Step 1: the live preview, capture/retake/import, and the pages captured so far. */
export function ScanCaptureStep({ config, pages, retakeId, onRetakeDone, onRetake }: { config: ScanConfig; pages: ScanPages; retakeId: string | null; onRetakeDone: () => void; onRetake: (id: string) => void }) {
  const { t } = useTranslation();
  const { state: cameraState, videoRef, reopen, capture } = useDocumentCamera(config.camera);
  const fileInput = useRef<HTMLInputElement>(null);
  const take = () => {
    capture().then(
      (blob) => {
        if (retakeId) {
          pages.retake(retakeId, blob);
          onRetakeDone();
        } else pages.add(blob, t('scan.pages.page', { number: pages.pages.length + 1 }));
      },
      () => undefined,
    );
  };
  useStillnessTrigger(videoRef, config.autoCapture && cameraState.phase === 'live', take);
  const problem = cameraState.phase === 'problem' ? cameraState.problem : null;
  return (
    <div className="scan-capture">
      <div className="scan-camera">
        <video ref={videoRef} className="scan-preview" muted playsInline aria-label={t('scan.camera.preview')} />
        {cameraState.phase === 'starting' && <p className="scan-note">{t('scan.camera.starting')}</p>}
        {problem && (
          <div className="scan-problem" role="alert">
            <p>{t(`scan.camera.${problem}`)}</p>
            <BigButton variant="secondary" onClick={reopen}>
              {t('scan.camera.reopen')}
            </BigButton>
          </div>
        )}
        <div className="scan-actions">
          <BigButton onClick={take} disabled={cameraState.phase !== 'live'}>
            {retakeId ? t('scan.camera.retake') : t('scan.camera.capture')}
          </BigButton>
          <BigButton variant="secondary" onClick={() => fileInput.current?.click()}>
            {t('scan.camera.import')}
          </BigButton>
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED}
            multiple
            hidden
            data-testid="scan-import"
            onChange={(event) => {
              for (const file of event.target.files ?? []) pages.add(file, file.name);
              event.target.value = '';
            }}
          />
        </div>
        {config.autoCapture && <p className="scan-note">{t('scan.camera.autoCapture')}</p>}
      </div>
      <ScanPageList pages={pages} onRetake={onRetake} />
    </div>
  );
}
