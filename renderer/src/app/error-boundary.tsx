import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { bilingual } from '../i18n/bilingual';
import { BigButton } from '../ui/big-button';
import { HomeIcon } from '../ui/icons';
import { NoticeScreen } from './notice-screen';

/** A crashed screen returns home by itself after this long, so it never waits for a stranger. */
export const crashAutoHomeMs = 60_000;

interface Props {
  children: ReactNode;
  /** Leaves the crashed screen; the app passes the session reset (wipe + home). */
  onHome: () => void;
}

/**
 * Catches render errors below it. The person at the kiosk sees a calm message in both
 * languages and one big Home button, never an error text or stack (those go to the console,
 * which the host collects). Remount it (change its key) to recover; the app keys it by session.
 */
export class KioskErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[kiosk] a screen crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) return <CrashNotice onHome={this.props.onHome} />;
    return this.props.children;
  }
}

function CrashNotice({ onHome }: { onHome: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onHome, crashAutoHomeMs);
    return () => clearTimeout(timer);
  }, [onHome]);
  const home = bilingual((m) => m.common.home);
  return (
    <NoticeScreen
      title={bilingual((m) => m.app.error.title)}
      body={bilingual((m) => m.app.error.body)}
      action={
        <BigButton icon={<HomeIcon />} onClick={onHome}>
          <span lang="zh-CN">{home.zh}</span> / <span lang="en">{home.en}</span>
        </BigButton>
      }
    />
  );
}
