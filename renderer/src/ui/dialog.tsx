import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useDialogLayer } from './dialog-layer';

export interface DialogProps {
  title: string;
  /** Main text, announced with the title (aria-describedby). */
  description?: ReactNode;
  /** The dialog's buttons. */
  actions: ReactNode;
  /** alertdialog for urgent questions (idle warning), dialog otherwise. */
  role?: 'dialog' | 'alertdialog';
  /** Focused when the dialog opens; otherwise its first button. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Escape key; also a tap on the dimmed backdrop when `dismissOnBackdrop`. */
  onDismiss?: () => void;
  dismissOnBackdrop?: boolean;
}

const focusableSelector = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog. Rendered only while open (mount = open). Invariants: focus moves into the
 * dialog when it opens and back to where it was when it closes, Tab stays inside, and the
 * content behind it is inert (via the DialogLayer the app provides).
 */
export function Dialog({ title, description, actions, role = 'dialog', initialFocus, onDismiss, dismissOnBackdrop }: DialogProps) {
  const layer = useDialogLayer();
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus moves once, when the dialog opens: later changes of the prop must not steal it.
  const initialFocusAtOpen = useRef(initialFocus);

  // Declared before the focus effect on purpose: React cleans effects up in order, so the
  // background stops being inert before focus is given back to it.
  useEffect(() => (layer ? layer.opened() : undefined), [layer]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialogElement = dialogRef.current;
    const target =
      initialFocusAtOpen.current?.current ?? dialogElement?.querySelector<HTMLElement>(focusableSelector) ?? dialogElement;
    target?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && onDismiss) {
      event.preventDefault();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusables = [...dialogRef.current.querySelectorAll<HTMLElement>(focusableSelector)];
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const dialog = (
    <div
      className="dialog-backdrop"
      onClick={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget) onDismiss?.();
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog-title" id={titleId}>
          {title}
        </h2>
        {description && (
          <div className="dialog-body" id={descriptionId}>
            {description}
          </div>
        )}
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>
  );
  return createPortal(dialog, layer?.container ?? document.body);
}
