import type { DocumentCameraConfig } from '#kiosk-config/devices-schema';

/**
 * Which camera is the document camera (高拍仪), from the configuration (devices.camera): an
 * exact `deviceId` wins, then the first camera whose label contains `label` (case-insensitive),
 * else none (the browser's default camera is used). Pure, so the scan screen (issue 12) and the
 * clerk's diagnostics choose the same camera the same way.
 */
export function chooseDocumentCamera(devices: readonly Pick<MediaDeviceInfo, 'deviceId' | 'label' | 'kind'>[], config: DocumentCameraConfig | null): string | null {
  const cameras = devices.filter((device) => device.kind === 'videoinput');
  if (!config) return null;
  if (config.deviceId) return cameras.find((camera) => camera.deviceId === config.deviceId)?.deviceId ?? null;
  if (config.label) {
    const wanted = config.label.toLowerCase();
    return cameras.find((camera) => camera.label.toLowerCase().includes(wanted))?.deviceId ?? null;
  }
  return null;
}

/** getUserMedia constraints for the document camera at the configured resolution (asked for, not forced). */
export function documentCameraConstraints(config: DocumentCameraConfig | null, deviceId: string | null): MediaStreamConstraints {
  const width = config?.width ?? 1920;
  const height = config?.height ?? 1080;
  return {
    audio: false,
    video: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), width: { ideal: width }, height: { ideal: height } },
  };
}
