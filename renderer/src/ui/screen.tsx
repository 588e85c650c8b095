import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from './big-button';
import { BackIcon, HomeIcon, SpeakerIcon } from './icons';
import { useReadAloud } from './read-aloud-context';
import { useScreenNavigation } from './screen-navigation';

export interface ScreenProps {
  /** The one task of this screen, shown as its <h1>. */
  title: string;
  children: ReactNode;
  /** Show the Back/Home bar (default). Only the home screen goes without it. */
  nav?: boolean;
  /** Override Back, e.g. to go to the previous step of a flow kept inside one screen. */
  onBack?: () => void;
  /** Extra controls at the end of the header (e.g. the language switch). */
  headerEnd?: ReactNode;
  /** What "read aloud" speaks: the screen's prompt. Defaults to the title. */
  speech?: string;
}

/**
 * One task per screen (DESIGN.md §8): a heading, the content, and a bar with big Back and Home
 * buttons at the bottom where they are easy to reach. Focus moves to the heading when a screen
 * appears, so a screen reader announces the new screen instead of staying on a button that no
 * longer exists. Back, Home and Read aloud carry `data-keypad` so the big-button keypad presses
 * these very buttons (with any `onBack` of the screen), see ui/keypad-focus.ts.
 */
export function Screen({ title, children, nav = true, onBack, headerEnd, speech }: ScreenProps) {
  const { t } = useTranslation();
  const navigation = useScreenNavigation();
  const readAloud = useReadAloud();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1 className="screen-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        {readAloud && (
          <BigButton variant="secondary" icon={<SpeakerIcon />} onClick={() => readAloud.speak(speech ?? title)} data-keypad="read-aloud">
            {t('common.readAloud')}
          </BigButton>
        )}
        {headerEnd}
      </header>
      <div className="screen-body">{children}</div>
      {nav && (
        <nav className="screen-nav" aria-label={t('common.navigation')}>
          <BigButton variant="secondary" icon={<BackIcon />} onClick={onBack ?? navigation.back} data-keypad="back">
            {t('common.back')}
          </BigButton>
          <BigButton variant="primary" icon={<HomeIcon />} onClick={navigation.home} data-keypad="home">
            {t('common.home')}
          </BigButton>
        </nav>
      )}
    </div>
  );
}
