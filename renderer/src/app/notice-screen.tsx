import type { ReactNode } from 'react';
import type { BilingualText } from '../i18n/bilingual';

/**
 * A full-screen message in both languages at once, for moments when nobody can choose a
 * language: start-up, start-up failure, a crashed screen. Each half carries its own `lang`
 * so a screen reader pronounces it correctly.
 */
export function NoticeScreen({
  title,
  body,
  action,
  busy = false,
}: {
  title: BilingualText;
  body?: BilingualText;
  action?: ReactNode;
  /** Still starting: tells assistive technology (and tests) that the real screen is coming. */
  busy?: boolean;
}) {
  return (
    <main className="notice-screen" aria-busy={busy || undefined}>
      <h1>
        <span lang="zh-CN">{title.zh}</span>
        <br />
        <span lang="en">{title.en}</span>
      </h1>
      {body && (
        <>
          <p lang="zh-CN">{body.zh}</p>
          <p lang="en">{body.en}</p>
        </>
      )}
      {action}
    </main>
  );
}
