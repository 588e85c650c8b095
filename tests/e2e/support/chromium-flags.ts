/**
 * Flags for Debian's Chromium under Playwright on this kind of machine (PITFALLS.md): no sandbox
 * as root, no GPU, and no background networking, which the closed network would refuse.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
