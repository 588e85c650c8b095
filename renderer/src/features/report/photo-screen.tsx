import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { useIdleResetHook } from '../../app/session';
import { CameraCapture } from '../../ui/camera-capture';
import { useCamera } from '../../ui/use-camera';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';

/**
 * Step 3 (optional): a photo with the kiosk camera. The camera runs only while the live
 * preview is shown: it is released as soon as a photo is taken, when leaving the step and on
 * reset. Without a usable camera the step says why, and Skip goes on.
 */
export function PhotoScreen() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const store = useReportDraftStore();
  const { photo } = useReportDraft();
  const camera = useCamera();
  useIdleResetHook(camera.stop);

  const hasPhoto = photo !== null;
  const { start, stop } = camera;
  useEffect(() => {
    if (hasPhoto) return;
    start();
    return stop;
  }, [hasPhoto, start, stop]);

  return (
    <ReportStep title={t('report.photo.title')} speech={t('report.photo.speech')}>
      <p className="report-prompt">{t('report.photo.prompt')}</p>
      <CameraCapture
        camera={camera}
        photoUrl={photo?.url ?? null}
        onCaptured={(jpeg) => store.setPhoto(jpeg, 'image/jpeg')}
        onRetake={() => store.removePhoto()}
        onUse={() => navigate('report-where')}
        onSkip={() => {
          store.removePhoto();
          navigate('report-where');
        }}
        labels={{
          preview: t('report.photo.preview'),
          photo: t('report.photo.photo'),
          starting: t('report.photo.starting'),
          capture: t('report.photo.capture'),
          retake: t('report.photo.retake'),
          use: t('report.photo.use'),
          skip: t('report.photo.skip'),
          retry: t('report.photo.retry'),
          problem: (problem) => t(`report.photo.${problem}`),
          captureFailed: t('report.photo.captureFailed'),
        }}
      />
    </ReportStep>
  );
}
