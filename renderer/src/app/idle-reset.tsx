import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language';
import { useConfig } from './config-context';
import { IdleWarning } from './idle-warning';
import { useRouter } from './router';
import { useResetSession } from './session';

/** What counts as someone using the kiosk. Pointer moves do not: a jittery touch panel or a
 * bumped mouse must not keep a finished session alive. */
const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

const IdleActivityContext = createContext<() => void>(() => {});

/**
 * Tells the idle timer someone is here, for input that does not reach the DOM as a pointer or
 * key event (e.g. the HID keypad, delivered by the host).
 */
export function useIdleActivity(): () => void {
  return useContext(IdleActivityContext);
}

/**
 * Idle reset (DESIGN.md §8). After `idle.warningSeconds` without activity a warning with a
 * large Continue button appears; after `idle.resetSeconds` more the session is reset
 * (reset hooks, default language, home, every screen remounted).
 * - The timer starts with the first activity of a session, so an untouched kiosk is left alone.
 * - At rest (home screen, default language) nothing of anyone's is visible, so the timeout
 *   resets silently instead of showing a warning to an empty room; the hooks still run.
 * - While the warning is shown only Continue (or Escape / a tap beside the dialog) keeps the
 *   session: a stray touch elsewhere is not taken as an answer.
 * Mounted per session: a reset also resets the timer.
 */
export function IdleResetProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const { route } = useRouter();
  const { language } = useLanguage();
  const resetSession = useResetSession();
  const [deadline, setDeadline] = useState<number | null>(null);

  const atRest = route.screen === 'home' && language === config.defaultLanguage;
  const current = useRef({ atRest, idle: config.idle, resetSession, warningOpen: false });
  useEffect(() => {
    current.current = { atRest, idle: config.idle, resetSession, warningOpen: deadline !== null };
  });

  const warningTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const resetTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const onIdle = useCallback(() => {
    const { atRest, idle, resetSession } = current.current;
    if (atRest) {
      void resetSession();
      return;
    }
    current.current.warningOpen = true;
    setDeadline(Date.now() + idle.resetSeconds * 1000);
    resetTimer.current = setTimeout(() => void current.current.resetSession(), idle.resetSeconds * 1000);
  }, []);

  const reportActivity = useCallback(() => {
    if (current.current.warningOpen) return;
    clearTimeout(warningTimer.current);
    warningTimer.current = setTimeout(onIdle, current.current.idle.warningSeconds * 1000);
  }, [onIdle]);

  const onContinue = useCallback(() => {
    clearTimeout(resetTimer.current);
    current.current.warningOpen = false;
    setDeadline(null);
    reportActivity();
  }, [reportActivity]);

  useEffect(() => {
    const options = { capture: true, passive: true };
    for (const name of activityEvents) document.addEventListener(name, reportActivity, options);
    return () => {
      for (const name of activityEvents) document.removeEventListener(name, reportActivity, options);
      clearTimeout(warningTimer.current);
      clearTimeout(resetTimer.current);
    };
  }, [reportActivity]);

  return (
    <IdleActivityContext.Provider value={reportActivity}>
      {children}
      {deadline !== null && <IdleWarning deadline={deadline} onContinue={onContinue} />}
    </IdleActivityContext.Provider>
  );
}
