import { useCallback, useEffect, useRef, useState } from 'react';
import { mediaProblemOf, openMediaStream, stopStream, type MediaProblem } from './media-problem';

/** One finished recording. `seconds` is measured here: a MediaRecorder webm has no duration header. */
export interface VoiceTake {
  blob: Blob;
  mime: string;
  seconds: number;
}

export type RecorderState =
  | { phase: 'idle'; stoppedAtLimit: boolean }
  | { phase: 'starting' }
  | { phase: 'recording'; secondsLeft: number }
  | { phase: 'problem'; problem: MediaProblem };

export interface VoiceRecorderControls {
  state: RecorderState;
  start: () => void;
  /** Ends the recording and delivers it through `onRecorded`. */
  stop: () => void;
  /** Ends everything and keeps nothing: microphone released, no `onRecorded`. Idempotent. */
  cancel: () => void;
}

/** Opus in WebM is what Chromium records (PITFALLS.md); Ogg for engines that prefer it. */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm'];
/** Speech needs little: 32 kbit/s Opus keeps a 60 s note near 240 KB for rural uplinks. */
const AUDIO_BITS_PER_SECOND = 32_000;
const TICK_MS = 250;

function pickMimeType(): string | undefined {
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

interface Session {
  stream: MediaStream | null;
  recorder: MediaRecorder | null;
  limitTimer?: ReturnType<typeof setTimeout>;
  tickTimer?: ReturnType<typeof setTimeout>;
  /** Set by cancel(): whatever arrives afterwards (stream, data) is dropped, never delivered. */
  cancelled: boolean;
}

function clearTimers(session: Session): void {
  clearTimeout(session.limitTimer);
  clearTimeout(session.tickTimer);
}

function release(session: Session): void {
  clearTimers(session);
  stopStream(session.stream);
  session.stream = null;
}

/**
 * Records a voice note with MediaRecorder (Opus), at most `maxSeconds`: at the limit it stops
 * by itself (state `idle` with `stoppedAtLimit`). Invariants: the microphone is released as
 * soon as a recording ends, on cancel and on unmount; a cancelled or unmounted recorder never
 * calls `onRecorded`, so nothing recorded can reach a draft that was already wiped.
 */
export function useVoiceRecorder({ maxSeconds, onRecorded }: { maxSeconds: number; onRecorded: (take: VoiceTake) => void }): VoiceRecorderControls {
  const [state, setState] = useState<RecorderState>({ phase: 'idle', stoppedAtLimit: false });
  const session = useRef<Session | null>(null);
  const latestOnRecorded = useRef(onRecorded);
  useEffect(() => {
    latestOnRecorded.current = onRecorded;
  });

  const cancel = useCallback(() => {
    const current = session.current;
    if (!current) return;
    session.current = null;
    current.cancelled = true;
    if (current.recorder && current.recorder.state !== 'inactive') {
      current.recorder.ondataavailable = null;
      current.recorder.onstop = null;
      current.recorder.stop();
    }
    release(current);
    setState({ phase: 'idle', stoppedAtLimit: false });
  }, []);

  const finish = useCallback((atLimit: boolean) => {
    const current = session.current;
    if (!current?.recorder || current.recorder.state === 'inactive') return;
    current.recorder.stop();
    clearTimers(current);
    setState({ phase: 'idle', stoppedAtLimit: atLimit });
  }, []);

  const start = useCallback(() => {
    if (session.current) return;
    const current: Session = { stream: null, recorder: null, cancelled: false };
    session.current = current;
    setState({ phase: 'starting' });
    const begin = async () => {
      if (typeof MediaRecorder === 'undefined') throw new DOMException('no MediaRecorder', 'NotFoundError');
      const stream = await openMediaStream({ audio: { echoCancellation: true, noiseSuppression: true } });
      if (current.cancelled) {
        stopStream(stream);
        return;
      }
      current.stream = stream;
      const mimeType = pickMimeType();
      const recorder = new MediaRecorder(stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
      current.recorder = recorder;
      const chunks: Blob[] = [];
      const startedAt = performance.now();
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        const seconds = Math.min(maxSeconds, Math.round((performance.now() - startedAt) / 100) / 10);
        release(current);
        if (session.current === current) session.current = null;
        if (current.cancelled) return;
        const mime = recorder.mimeType || mimeType || 'audio/webm';
        latestOnRecorded.current({ blob: new Blob(chunks, { type: mime }), mime, seconds });
      };
      recorder.start();
      setState({ phase: 'recording', secondsLeft: maxSeconds });
      current.limitTimer = setTimeout(() => finish(true), maxSeconds * 1000);
      const tick = () => {
        if (current.cancelled || recorder.state === 'inactive') return;
        const left = Math.max(0, Math.ceil(maxSeconds - (performance.now() - startedAt) / 1000));
        setState((previous) => (previous.phase === 'recording' && previous.secondsLeft === left ? previous : { phase: 'recording', secondsLeft: left }));
        current.tickTimer = setTimeout(tick, TICK_MS);
      };
      current.tickTimer = setTimeout(tick, TICK_MS);
    };
    begin().catch((error: unknown) => {
      release(current);
      if (session.current === current) session.current = null;
      if (current.cancelled) return;
      console.warn('[kiosk] microphone unavailable', error);
      setState({ phase: 'problem', problem: mediaProblemOf(error) });
    });
  }, [finish, maxSeconds]);

  const stop = useCallback(() => finish(false), [finish]);

  // Unmounting (leaving the step, or the session reset remounting everything) drops the take.
  useEffect(() => cancel, [cancel]);

  return { state, start, stop, cancel };
}
