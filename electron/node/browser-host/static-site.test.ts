import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_SECURITY_HEADERS } from '#common/csp';
import { startTestHost, type TestHost } from './test-host.test-support';

/** Issue 8, finding 10: the static server stays inside dist/ and every answer is hardened. */
let test: TestHost;
let outside: string;
const SECRET = 'PRIVATE-KEY-MATERIAL-7d1f';

beforeAll(async () => {
  test = await startTestHost();
  outside = mkdtempSync(path.join(tmpdir(), 'kiosk-outside-'));
  writeFileSync(path.join(outside, 'id_ed25519.js'), SECRET);
  mkdirSync(path.join(test.rendererDir, 'assets'));
  writeFileSync(path.join(test.rendererDir, 'assets', 'app.js'), 'console.log(1)');
  symlinkSync(path.join(outside, 'id_ed25519.js'), path.join(test.rendererDir, 'assets', 'linked.js'));
  symlinkSync(outside, path.join(test.rendererDir, 'linked-dir'));
  // A link that stays inside the build is fine.
  symlinkSync(path.join(test.rendererDir, 'assets', 'app.js'), path.join(test.rendererDir, 'assets', 'alias.js'));
});
afterAll(async () => {
  await test.stop();
  rmSync(outside, { recursive: true, force: true });
});

const url = (p: string) => `${test.host.origin}${p}`;
const get = (p: string) => fetch(url(p), { headers: { cookie: test.cookie } });

function expectSecurityHeaders(res: Response): void {
  for (const [name, value] of Object.entries(KIOSK_SECURITY_HEADERS)) expect(res.headers.get(name), `${res.status} ${name}`).toBe(value);
}

describe('static site', () => {
  it('does not follow symlinks out of the renderer build', async () => {
    for (const p of ['/assets/linked.js', '/linked-dir/id_ed25519.js']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toContain(SECRET);
    }
    const inside = await get('/assets/alias.js');
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe('console.log(1)');
  });

  it('sends the security headers with every answer, 405 included', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await fetch(url('/'), { method, headers: { cookie: test.cookie } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expectSecurityHeaders(res);
    }
    for (const [p, status] of [['/assets/app.js', 200], ['/missing.js', 404], ['/assets/linked.js', 404], ['/%E0%A4%A', 400]] as const) {
      const res = await get(p);
      expect(res.status, p).toBe(status);
      expectSecurityHeaders(res);
    }
  });
});
