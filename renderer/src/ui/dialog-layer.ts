import { createContext, useContext } from 'react';

/**
 * Where dialogs are drawn and how the app learns one is open. The app shell provides a
 * container inside <main> (so dialog text sits in a landmark) and makes everything behind an
 * open dialog `inert`. Without a provider a Dialog goes to document.body.
 */
export interface DialogLayer {
  container: HTMLElement | null;
  /** Called when a dialog opens; the returned function when it closes. */
  opened: () => () => void;
}

export const DialogLayerContext = createContext<DialogLayer | null>(null);

export function useDialogLayer(): DialogLayer | null {
  return useContext(DialogLayerContext);
}
