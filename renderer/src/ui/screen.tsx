import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from './big-button';
import { BackIcon, HomeIcon } from './icons';
import { ReadAloudControls } from './read-aloud-controls';
import { useScreenNavigation } from './screen-navigation';

export interface ScreenProps {
  /** The one task of this screen, shown as its <h1>. */
  title: string;
  children: ReactNode;
  /** Show Back and Home in the bottom bar (default). The home screen and a flow's end go without. */
  nav?: boolean;
  /** Override Back, e.g. to go to the previous step of a flow kept inside one screen. */
  onBack?: () => void;
  /** Extra controls at the end of the header (e.g. the language switch). */
  headerEnd?: ReactNode;
  /** What "read aloud" speaks: the screen's prompt. Defaults to the title. */
  speech?: string;
  /**
   * The screen's own ways forward, at the right of the bottom bar with the primary one last.
   * The bar never scrolls, so these are visible on every screen size (DESIGN.md §8).
   */
  actions?: ReactNode;
}

/**
 * One task per screen (DESIGN.md §8): a heading with read aloud, the content, and a bottom bar
 * with big Back and Home buttons and the screen's actions, where they are easy to reach and
 * never hidden below the fold. Focus moves to the heading when a screen appears, so a screen
 * reader announces the new screen instead of staying on a button that no longer exists. Back,
 * Home and Read aloud carry `data-keypad` so the big-button keypad presses these very buttons
 * (with any `onBack` of the screen), see ui/keypad-focus.ts.
 */
export function Screen({ title, children, nav = true, onBack, headerEnd, speech, actions }: ScreenProps) {
  const { t } = useTranslation();
  const navigation = useScreenNavigation();
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
        <div className="screen-header-end">
          <ReadAloudControls text={speech ?? title} />
          {headerEnd}
        </div>
      </header>
      <div className="screen-body">{children}</div>
      {(nav || actions) && (
        <div className="screen-bar">
          {nav && (
            <nav className="screen-nav" aria-label={t('common.navigation')}>
              <BigButton variant="secondary" icon={<BackIcon />} onClick={onBack ?? navigation.back} data-keypad="back">
                {t('common.back')}
              </BigButton>
              <BigButton variant="secondary" icon={<HomeIcon />} onClick={navigation.home} data-keypad="home">
                {t('common.home')}
              </BigButton>
            </nav>
          )}
          {actions && <div className="screen-actions">{actions}</div>}
        </div>
      )}
    </div>
  );
}
