import { createContext, useContext } from 'react';

/**
 * How a screen reads text aloud. The UI kit only knows this seam; the app provides the real
 * implementation (host speech with a browser fallback). Without a provider no button is shown.
 */
export interface ReadAloud {
  speak(text: string): void;
  /** Stops whatever is being read (a long policy must be stoppable at any moment). */
  stop(): void;
}

export const ReadAloudContext = createContext<ReadAloud | null>(null);

export function useReadAloud(): ReadAloud | null {
  return useContext(ReadAloudContext);
}
