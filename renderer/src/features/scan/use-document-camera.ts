import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ScanConfig } from '#kiosk-config/schema';
import { mediaProblemOf, openMediaStream, stopStream, type MediaProblem } from '../../ui/media-problem';

export type DocumentCameraState = { phase: 'starting' } | { phase: 'live' } | { phase: 'problem'; problem: MediaProblem | 'unplugged' };

export interface DocumentCamera {
  state: DocumentCameraState;
  videoRef: RefObject<HTMLVideoElement | null>;
  reopen: () => void;
  /** The current frame at the camera's full resolution, JPEG 0.92 (the OCR worker shrinks it). */
  capture: () => Promise<Blob>;
}

/** The configured document camera: the first video device whose label contains `deviceLabel`. */
async function constraintsFor(camera: ScanConfig['camera']): Promise<MediaStreamConstraints> {
  const video: MediaTrackConstraints = { width: { ideal: camera.width }, height: { ideal: camera.height } };
  if (camera.deviceLabel !== '' && navigator.mediaDevices?.enumerateDevices) {
    const devices = await navigator.mediaDevices.enumerateDevices();
    const match = devices.find((d) => d.kind === 'videoinput' && d.label.includes(camera.deviceLabel));
    if (match) video.deviceId = { exact: match.deviceId };
  }
  return { video, audio: false };
}

/**
 * The document camera (高拍仪, a UVC camera) for the scan screen. Opens on mount, releases on
 * unmount. A track that ends while open (the cable pulled) turns into the "unplugged" problem;
 * the pages captured so far live elsewhere and are untouched.
 */
export function useDocumentCamera(camera: ScanConfig['camera']): DocumentCamera {
  const [state, setState] = useState<DocumentCameraState>({ phase: 'starting' });
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const attempt = useRef(0);

  /** Opens the camera; the caller has already shown "starting". */
  const open = useCallback(() => {
    const mine = ++attempt.current;
    stopStream(stream.current);
    stream.current = null;
    constraintsFor(camera)
      .then(openMediaStream)
      .then(
        async (opened) => {
          if (mine !== attempt.current) return stopStream(opened);
          stream.current = opened;
          for (const track of opened.getVideoTracks()) track.addEventListener('ended', () => mine === attempt.current && setState({ phase: 'problem', problem: 'unplugged' }));
          const video = videoRef.current;
          if (video) {
            video.srcObject = opened;
            await video.play()?.catch(() => undefined);
          }
          if (mine === attempt.current) setState({ phase: 'live' });
        },
        (error: unknown) => mine === attempt.current && setState({ phase: 'problem', problem: mediaProblemOf(error) }),
      );
  }, [camera]);

  useEffect(() => {
    open();
    return () => {
      attempt.current += 1;
      stopStream(stream.current);
      stream.current = null;
    };
  }, [open]);

  const capture = useCallback(async () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) throw new Error('no camera picture');
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')!.drawImage(video, 0, 0);
    return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('capture failed'))), 'image/jpeg', 0.92));
  }, []);

  const reopen = useCallback(() => {
    setState({ phase: 'starting' });
    open();
  }, [open]);

  return { state, videoRef, reopen, capture };
}

/**
 * Auto-capture (optional, from configuration): compares 64×48 thumbnails of the preview every
 * 400 ms; after the picture changed (a page laid down) and then stayed still for 1.2 s, it
 * calls `onStill` once, then waits for the next change.
 */
export function useStillnessTrigger(videoRef: RefObject<HTMLVideoElement | null>, enabled: boolean, onStill: () => void): void {
  const callback = useRef(onStill);
  useEffect(() => {
    callback.current = onStill;
  }, [onStill]);
  useEffect(() => {
    if (!enabled) return;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let previous: Uint8ClampedArray | null = null;
    let moved = false;
    let stillSince = 0;
    const timer = setInterval(() => {
      const video = videoRef.current;
      if (!context || !video || video.videoWidth === 0) return;
      context.drawImage(video, 0, 0, 64, 48);
      const frame = context.getImageData(0, 0, 64, 48).data;
      if (previous) {
        let difference = 0;
        for (let i = 0; i < frame.length; i += 4) difference += Math.abs(frame[i]! - previous[i]!);
        const changed = difference / (64 * 48) > 6;
        if (changed) {
          moved = true;
          stillSince = performance.now();
        } else if (moved && performance.now() - stillSince > 1200) {
          moved = false;
          callback.current();
        }
      }
      previous = frame;
    }, 400);
    return () => clearInterval(timer);
  }, [enabled, videoRef]);
}
