import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { mediaProblemOf, openMediaStream, stopStream, type MediaProblem } from './media-problem';

export type CameraState = { phase: 'off' } | { phase: 'starting' } | { phase: 'live' } | { phase: 'problem'; problem: MediaProblem };

export interface CameraControls {
  state: CameraState;
  /** Attach to the preview <video>. */
  videoRef: RefObject<HTMLVideoElement | null>;
  start: () => void;
  /** Releases the camera (its light goes off). Idempotent. */
  stop: () => void;
  /** A JPEG of the current frame, at most MAX_SIDE px on its long side. */
  capture: () => Promise<Blob>;
}

/** Enough for a document or a broken pipe; a 1280 px JPEG stays around 100–250 KB. */
const MAX_SIDE = 1280;
const JPEG_QUALITY = 0.85;

/**
 * The kiosk camera for a photo step. Invariants: the camera is released on stop and on
 * unmount; a stream that arrives after stop() (or after a newer start()) is released at once,
 * never shown.
 */
export function useCamera(): CameraControls {
  const [state, setState] = useState<CameraState>({ phase: 'off' });
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  /** Bumped by every start/stop: a getUserMedia answer for an older attempt is discarded. */
  const attempt = useRef(0);

  const stop = useCallback(() => {
    attempt.current += 1;
    stopStream(stream.current);
    stream.current = null;
    const video = videoRef.current;
    if (video) video.srcObject = null;
    setState({ phase: 'off' });
  }, []);

  const start = useCallback(() => {
    const mine = ++attempt.current;
    stopStream(stream.current);
    stream.current = null;
    setState({ phase: 'starting' });
    openMediaStream({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false }).then(
      async (opened) => {
        if (mine !== attempt.current) {
          stopStream(opened);
          return;
        }
        stream.current = opened;
        const video = videoRef.current;
        if (video) {
          video.srcObject = opened;
          // A muted preview may autoplay; if play() is refused the frame can still be drawn.
          await video.play()?.catch(() => undefined);
        }
        if (mine === attempt.current) setState({ phase: 'live' });
      },
      (error: unknown) => {
        if (mine !== attempt.current) return;
        console.warn('[kiosk] camera unavailable', error);
        setState({ phase: 'problem', problem: mediaProblemOf(error) });
      },
    );
  }, []);

  const capture = useCallback(async () => {
    const video = videoRef.current;
    if (!video || !stream.current) throw new Error('the camera is not on');
    const width = video.videoWidth || 640;
    const height = video.videoHeight || 480;
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the frame could not be encoded'))), 'image/jpeg', JPEG_QUALITY);
    });
  }, []);

  useEffect(() => stop, [stop]);

  return { state, videoRef, start, stop, capture };
}
