import { AudioPlaybackButton } from './audio-playback-button';
import { BigButton } from './big-button';
import type { MediaProblem } from './media-problem';
import { MicrophoneIcon, StopIcon } from './media-icons';
import type { VoiceRecorderControls } from './use-voice-recorder';
import './kiosk-inputs.css';

export interface VoiceRecorderLabels {
  /** Name of the whole panel. */
  panel: string;
  record: string;
  stop: string;
  play: string;
  stopPlayback: string;
  rerecord: string;
  remove: string;
  starting: string;
  hint: (maxSeconds: number) => string;
  recording: (secondsLeft: number) => string;
  recorded: (seconds: number) => string;
  limitReached: (maxSeconds: number) => string;
  problem: (problem: MediaProblem) => string;
}

export interface VoiceRecorderProps {
  recorder: VoiceRecorderControls;
  maxSeconds: number;
  /** The kept recording (an object URL owned by the caller), if any. */
  take: { url: string; seconds: number } | null;
  onRemove: () => void;
  labels: VoiceRecorderLabels;
}

/**
 * The voice-note panel: one big Record button; while recording a Stop button and a countdown
 * to the limit; afterwards Play/Stop playback, Record again and Delete. Problems with the
 * microphone are said in words (the caller offers other ways on). The countdown is plain
 * text in a `role="timer"`, which screen readers do not announce every second.
 */
export function VoiceRecorder({ recorder, maxSeconds, take, onRemove, labels }: VoiceRecorderProps) {
  const { state } = recorder;
  const busy = state.phase === 'starting';

  let status: string;
  if (state.phase === 'recording') status = labels.recording(state.secondsLeft);
  else if (state.phase === 'starting') status = labels.starting;
  else if (state.phase === 'problem') status = labels.problem(state.problem);
  else if (take && state.stoppedAtLimit) status = `${labels.limitReached(maxSeconds)} ${labels.recorded(take.seconds)}`;
  else if (take) status = labels.recorded(take.seconds);
  else status = labels.hint(maxSeconds);

  return (
    <section className="voice-recorder" aria-label={labels.panel}>
      <p className={state.phase === 'problem' ? 'voice-status voice-status--problem' : 'voice-status'} role={state.phase === 'recording' ? 'timer' : 'status'}>
        {status}
      </p>
      <div className="voice-actions">
        {state.phase === 'recording' ? (
          <BigButton icon={<StopIcon />} onClick={recorder.stop}>
            {labels.stop}
          </BigButton>
        ) : take ? (
          <>
            <AudioPlaybackButton url={take.url} labels={{ play: labels.play, stop: labels.stopPlayback }} disabled={busy} />
            <BigButton variant="secondary" icon={<MicrophoneIcon />} onClick={recorder.start} disabled={busy}>
              {labels.rerecord}
            </BigButton>
            <BigButton variant="secondary" onClick={onRemove} disabled={busy}>
              {labels.remove}
            </BigButton>
          </>
        ) : (
          <BigButton icon={<MicrophoneIcon />} onClick={recorder.start} disabled={busy}>
            {labels.record}
          </BigButton>
        )}
      </div>
    </section>
  );
}
