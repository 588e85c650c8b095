import { createContext, useContext } from 'react';

/** Speeds offered by 慢一点 / 快一点, as multiples of each engine's normal speed. */
export const SPEECH_RATES = [0.6, 0.75, 0.9, 1.05, 1.25] as const;
/** Slower than an engine's default: the villagers are mostly elderly. */
export const DEFAULT_RATE_INDEX = 1;

/** The three voices, in the order they are tried (DESIGN.md §8). */
export type SpeechEngineId = 'platform' | 'host' | 'shipped';
export type SpeechEngineState = 'ready' | 'unavailable' | 'unknown';

/**
 * How a screen reads text aloud. The UI kit only knows this seam; the app provides the real
 * implementation (app/read-aloud-provider.tsx: platform voice, host espeak-ng, shipped
 * synthesiser). Without a provider no read-aloud button is shown.
 */
export interface ReadAloud {
  /** Speaks `text`, stopping whatever was being read. */
  speak: (text: string) => void;
  stop: () => void;
  /** True from a speak() until that text has been read out, stopped, or given up on. */
  speaking: boolean;
  /** Index into SPEECH_RATES; a change re-reads the current text at the new speed. */
  rateIndex: number;
  setRateIndex: (index: number) => void;
  /** The engine that read the last text out (for the clerk's diagnostics). */
  lastEngine: SpeechEngineId | null;
  engineStates: Record<SpeechEngineId, SpeechEngineState>;
}

export const ReadAloudContext = createContext<ReadAloud | null>(null);

export function useReadAloud(): ReadAloud | null {
  return useContext(ReadAloudContext);
}
