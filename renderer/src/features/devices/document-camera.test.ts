import { describe, expect, it } from 'vitest';
import { chooseDocumentCamera, documentCameraConstraints } from './document-camera';

const cameras = [
  { kind: 'videoinput' as const, deviceId: 'a1', label: 'Integrated Webcam' },
  { kind: 'audioinput' as const, deviceId: 'm1', label: 'Eloam microphone' },
  { kind: 'videoinput' as const, deviceId: 'b2', label: 'Eloam Document Camera (2b16:6689)' },
];

describe('document camera choice', () => {
  it('prefers the exact device id, then a label match, else the default camera', () => {
    expect(chooseDocumentCamera(cameras, { deviceId: 'a1', label: 'eloam', width: 1920, height: 1080 })).toBe('a1');
    expect(chooseDocumentCamera(cameras, { label: 'eloam', width: 1920, height: 1080 })).toBe('b2');
    expect(chooseDocumentCamera(cameras, { label: 'missing', width: 1920, height: 1080 })).toBeNull();
    expect(chooseDocumentCamera(cameras, null)).toBeNull();
  });

  it('asks for the configured resolution on the chosen camera', () => {
    expect(documentCameraConstraints({ width: 2592, height: 1944 }, 'b2')).toEqual({
      audio: false,
      video: { deviceId: { exact: 'b2' }, width: { ideal: 2592 }, height: { ideal: 1944 } },
    });
    expect(documentCameraConstraints(null, null)).toEqual({ audio: false, video: { width: { ideal: 1920 }, height: { ideal: 1080 } } });
  });
});
