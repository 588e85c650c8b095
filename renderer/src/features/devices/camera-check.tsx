import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentCameraConfig } from '#kiosk-config/devices-schema';
import { BigButton } from '../../ui/big-button';
import { mediaProblemOf, openMediaStream, stopStream } from '../../ui/media-problem';
import { chooseDocumentCamera, documentCameraConstraints } from './document-camera';

type CameraView =
  | { phase: 'off' }
  | { phase: 'starting' }
  | { phase: 'live'; label: string; width: number; height: number; matched: boolean }
  | { phase: 'problem'; problem: string };

/**
 * The document camera in the clerk's diagnostics: what the configuration asks for, and on
 * request the live picture from the camera it chooses, with the camera's name and the
 * resolution it really delivers. Camera labels are only readable after permission, so the
 * default camera is opened first and the configured one chosen (and reopened) after.
 */
export function CameraCheck({ config }: { config: DocumentCameraConfig | null }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [view, setView] = useState<CameraView>({ phase: 'off' });

  const stop = () => {
    stopStream(stream.current);
    stream.current = null;
    setView({ phase: 'off' });
  };
  useEffect(() => () => stopStream(stream.current), []);

  async function start() {
    setView({ phase: 'starting' });
    try {
      let opened = await openMediaStream(documentCameraConstraints(config, config?.deviceId ?? null));
      const chosen = chooseDocumentCamera(await navigator.mediaDevices.enumerateDevices(), config);
      const current = opened.getVideoTracks()[0]?.getSettings().deviceId ?? null;
      if (chosen && chosen !== current) {
        stopStream(opened);
        opened = await openMediaStream(documentCameraConstraints(config, chosen));
      }
      stream.current = opened;
      const track = opened.getVideoTracks()[0];
      const settings = track?.getSettings() ?? {};
      if (videoRef.current) {
        videoRef.current.srcObject = opened;
        await videoRef.current.play()?.catch(() => undefined);
      }
      const wanted = Boolean(config?.deviceId || config?.label);
      setView({ phase: 'live', label: track?.label ?? '', width: settings.width ?? 0, height: settings.height ?? 0, matched: !wanted || chosen !== null });
    } catch (error) {
      console.warn('[kiosk] document camera check failed', error);
      setView({ phase: 'problem', problem: t(`devices.diagnostics.cameraProblems.${mediaProblemOf(error)}`) });
    }
  }

  const setting = !config
    ? t('devices.diagnostics.cameraAny')
    : [
        config.deviceId ? t('devices.diagnostics.cameraId', { id: config.deviceId }) : config.label ? t('devices.diagnostics.cameraLabel', { label: config.label }) : t('devices.diagnostics.cameraAny'),
        t('devices.diagnostics.cameraResolution', { width: config.width, height: config.height }),
      ].join('，');

  return (
    <>
      <p>{t('devices.diagnostics.camera', { camera: setting })}</p>
      <video ref={videoRef} className="device-video" muted playsInline aria-label={t('devices.diagnostics.cameraPreview')} hidden={view.phase !== 'live'} />
      <p role="status">
        {view.phase === 'starting' && t('devices.diagnostics.cameraStarting')}
        {view.phase === 'live' &&
          (view.matched
            ? t('devices.diagnostics.cameraLive', { label: view.label, width: view.width, height: view.height })
            : t('devices.diagnostics.cameraNotFound', { label: view.label }))}
        {view.phase === 'problem' && t('devices.diagnostics.cameraProblem', { problem: view.problem })}
      </p>
      {view.phase === 'live' ? (
        <BigButton variant="secondary" onClick={stop}>
          {t('devices.diagnostics.hideCamera')}
        </BigButton>
      ) : (
        <BigButton variant="secondary" onClick={() => void start()} disabled={view.phase === 'starting'}>
          {t('devices.diagnostics.showCamera')}
        </BigButton>
      )}
    </>
  );
}
