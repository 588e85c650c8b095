import { useEffect, useRef, useState } from 'react';
import { BigButton } from './big-button';
import { PlayIcon, StopIcon } from './media-icons';

export interface AudioPlaybackButtonProps {
  /** An object URL (or any same-origin URL) of the recording. */
  url: string;
  labels: { play: string; stop: string };
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
}

/**
 * One big Play / Stop button for a recording (the native audio controls are far too small to
 * tap). Playback always starts from the beginning, and stops when the button goes away, is
 * disabled, or gets another recording.
 */
export function AudioPlaybackButton({ url, labels, disabled = false, variant = 'primary' }: AudioPlaybackButtonProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    const audio = audioRef.current;
    return () => audio?.pause();
  }, [url]);
  useEffect(() => {
    if (disabled) audioRef.current?.pause();
  }, [disabled]);

  function toggle() {
    const audio = audioRef.current;
    if (!audio) return;
    if (playing) {
      audio.pause();
      return;
    }
    audio.currentTime = 0;
    void audio.play()?.catch((error: unknown) => console.warn('[kiosk] cannot play the recording', error));
  }

  return (
    <>
      <BigButton variant={variant} icon={playing ? <StopIcon /> : <PlayIcon />} onClick={toggle} disabled={disabled}>
        {playing ? labels.stop : labels.play}
      </BigButton>
      <audio ref={audioRef} src={url} preload="auto" onPlay={() => setPlaying(true)} onPause={() => setPlaying(false)} onEnded={() => setPlaying(false)} />
    </>
  );
}
