/**
 * Why a camera or microphone cannot be used, in the three cases a villager can be told about
 * in plain words (and each offers a way on without it):
 * - `denied`: the browser or the kiosk's permission handler refused it;
 * - `missing`: no such device, or this browser cannot capture at all;
 * - `failed`: the device exists but would not start (in use, unplugged mid-way, driver error).
 */
export type MediaProblem = 'denied' | 'missing' | 'failed';

export function mediaProblemOf(error: unknown): MediaProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  return 'failed';
}

/** getUserMedia, or a `missing` problem when the page has no capture API at all (plain http, old engine). */
export async function openMediaStream(constraints: MediaStreamConstraints): Promise<MediaStream> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new DOMException('this page cannot capture media', 'NotFoundError');
  }
  return navigator.mediaDevices.getUserMedia(constraints);
}

export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
