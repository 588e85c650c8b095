import { vi } from 'vitest';

/**
 * Camera, microphone, MediaRecorder, canvas, media playback and object URLs for jsdom, which
 * has none of them. Every stream, track, recorder and URL is recorded so a test can check what
 * was released. Call `restore()` after the test (it also unstubs the globals).
 */
export type DeviceMode = 'ok' | 'denied' | 'missing';

export class FakeTrack {
  readyState: 'live' | 'ended' = 'live';
  constructor(readonly kind: 'audio' | 'video') {}
  stop() {
    this.readyState = 'ended';
  }
}

export class FakeMediaRecorder {
  static instances: FakeMediaRecorder[] = [];
  static isTypeSupported(type: string) {
    return type === 'audio/webm;codecs=opus';
  }
  state: 'inactive' | 'recording' = 'inactive';
  readonly mimeType: string;
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  /** Bytes the next stop() delivers. */
  payload = new Uint8Array(4096).fill(1);
  constructor(
    readonly stream: { getTracks(): FakeTrack[] },
    options: { mimeType?: string } = {},
  ) {
    this.mimeType = options.mimeType ?? 'audio/webm';
    FakeMediaRecorder.instances.push(this);
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    // Like the real one: data, then stop, asynchronously.
    queueMicrotask(() => {
      this.ondataavailable?.({ data: new Blob([this.payload], { type: this.mimeType }) });
      this.onstop?.();
    });
  }
}

export function installFakeMedia(options: { microphone?: DeviceMode; camera?: DeviceMode } = {}) {
  const tracks: FakeTrack[] = [];
  const liveUrls = new Set<string>();
  let nextUrl = 0;
  FakeMediaRecorder.instances = [];

  const getUserMedia = vi.fn(async (constraints: MediaStreamConstraints) => {
    const kind = constraints.video ? 'video' : 'audio';
    const mode = (kind === 'video' ? options.camera : options.microphone) ?? 'ok';
    if (mode === 'denied') throw new DOMException('Permission denied', 'NotAllowedError');
    if (mode === 'missing') throw new DOMException('Requested device not found', 'NotFoundError');
    const track = new FakeTrack(kind);
    tracks.push(track);
    return { getTracks: () => [track] } as unknown as MediaStream;
  });
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);

  const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ drawImage: vi.fn() })) as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (callback: BlobCallback) {
    callback(new Blob([new Uint8Array(2048).fill(3)], { type: 'image/jpeg' }));
  });
  const createObjectURL = vi.fn((_blob: Blob) => {
    const url = `blob:fake/${++nextUrl}`;
    liveUrls.add(url);
    return url;
  });
  const revokeObjectURL = vi.fn((url: string) => void liveUrls.delete(url));
  Object.assign(URL, { createObjectURL, revokeObjectURL });

  return {
    getUserMedia,
    tracks,
    liveUrls,
    play,
    pause,
    recorders: FakeMediaRecorder.instances,
    liveTracks: () => tracks.filter((track) => track.readyState === 'live'),
    /** How many object URLs were ever created. */
    createdUrls: () => nextUrl,
    restore() {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
      Reflect.deleteProperty(navigator, 'mediaDevices');
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    },
  };
}
