import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { useIdleResetHook } from '../../app/session';
import { useCameraCapture } from '../../ui/camera-capture';
import { useCamera } from '../../ui/use-camera';
import { useReportDraft, useReportDraftStore } from './report-draft-context';
import { ReportStep } from './report-step';
import { useDraftCategory } from './use-current-category';
import { useLocalized } from '../../i18n/use-localized';

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

  const localized = useLocalized();
  const category = useDraftCategory();
  // The prompt names what the villager reports about (a pipe, a road), not documents.
  const prompt = category ? t('report.photo.promptFor', { category: localized(category.label) }) : t('report.photo.prompt');
  const speech = `${t('report.photo.title')}。${prompt}`;
  const hasPhoto = photo !== null;
  const { start, stop } = camera;
  useEffect(() => {
    if (hasPhoto) return;
    start();
    return stop;
  }, [hasPhoto, start, stop]);

  const { view, actions } = useCameraCapture({
    camera,
    photoUrl: photo?.url ?? null,
    onCaptured: (jpeg) => store.setPhoto(jpeg, 'image/jpeg'),
    onRetake: () => store.removePhoto(),
    onUse: () => navigate('report-where'),
    onSkip: () => {
      store.removePhoto();
      navigate('report-where');
    },
    labels: {
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
    },
  });

  return (
    <ReportStep title={t('report.photo.title')} speech={speech} actions={actions}>
      <p className="report-prompt">{prompt}</p>
      {view}
    </ReportStep>
  );
}
