import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { KIOSK_SECURITY_HEADERS } from '#common/csp';
import { startTestHost, type TestHost } from './test-host.test-support';

/**
 * Issue 8, finding 2: only the kiosk's own browser ever holds the session secret. The host used
 * to write its token into index.html for every GET, so any local program could fetch the page
 * and drive the host (and read every report through the county proxy).
 */
const hosts: TestHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});
async function start(openSession: boolean): Promise<TestHost> {
  const host = await startTestHost({}, { openSession });
  hosts.push(host);
  return host;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A non-browser client: sends exactly the headers it wants, Host included. */
function get(test: TestHost, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: test.host.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

function socket(test: TestHost, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${test.host.port}/host`, { headers });
    ws.once('open', () => (ws.close(), resolve('open')));
    ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.once('error', () => resolve('error'));
  });
}

const launchPath = (test: TestHost) => {
  const url = new URL(test.host.url);
  return `${url.pathname}${url.search}`;
};

function expectAlreadyOpenPage(answer: Answer): void {
  expect(answer.status).toBe(403);
  expect(answer.headers['set-cookie']).toBeUndefined();
  expect(answer.body).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
  const zh = answer.body.indexOf('服务终端已经打开');
  expect(zh).toBeGreaterThan(0);
  expect(zh).toBeLessThan(answer.body.indexOf('The kiosk is already open'));
  expect(answer.body).not.toContain('<script');
  for (const [name, value] of Object.entries(KIOSK_SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()]).toBe(value);
}

describe('session bootstrap', () => {
  it('a program that scraped every page, the launch URL included, cannot open a session', async () => {
    const test = await start(true);
    const secret = test.cookie.split('=')[1]!;
    for (const path of ['/', '/index.html', '/report/new', '/assets/app.js', launchPath(test)]) {
      const answer = await get(test, path, { Origin: test.host.origin });
      expectAlreadyOpenPage(answer);
      expect(answer.body).not.toContain(secret);
    }
    // Everything it could learn, replayed: the spent launch code as a cookie, the right Origin.
    const name = test.cookie.split('=')[0]!;
    const code = new URL(test.host.url).searchParams.get('launch')!;
    expect(await socket(test, { Origin: test.host.origin })).toBe('HTTP 403');
    expect(await socket(test, { Origin: test.host.origin, Cookie: `${name}=${code}` })).toBe('HTTP 403');
    // The kiosk browser's own session is untouched.
    expect(await socket(test, test.socketHeaders)).toBe('open');
  });

  it('serves nothing before the launch code is exchanged, and prefetches or HEAD do not spend it', async () => {
    const test = await start(false);
    expect(test.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[A-Za-z0-9_-]{43}$/);
    expectAlreadyOpenPage(await get(test, '/'));
    const prefetch = await get(test, launchPath(test), { 'Sec-Purpose': 'prefetch;prerender' });
    expect(prefetch.status).toBe(503);
    expect(prefetch.headers['set-cookie']).toBeUndefined();
    expect((await get(test, launchPath(test), {}, 'HEAD')).headers['set-cookie']).toBeUndefined();
    expect((await get(test, launchPath(test))).status).toBe(200);
  });

  it('exchanges the code once for an HttpOnly SameSite=Strict cookie; reload keeps the session; a second browser gets the plain page', async () => {
    const test = await start(false);
    const opening = await get(test, launchPath(test));
    expect(opening.status).toBe(200);
    const setCookie = (opening.headers['set-cookie'] as string[])[0]!;
    expect(setCookie).toMatch(new RegExp(`^kiosk-session-${test.host.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(opening.headers['cache-control']).toBe('no-store');
    expect(opening.body).toContain('<meta http-equiv="refresh" content="0;url=/">');
    const cookie = setCookie.split(';')[0]!;
    expect(opening.body).not.toContain(cookie.split('=')[1]);
    // The kiosk's browser reloads "/" or the launch URL: still its session, no new cookie.
    expect((await get(test, '/', { Cookie: cookie })).status).toBe(200);
    const reload = await get(test, launchPath(test), { Cookie: cookie });
    expect(reload).toMatchObject({ status: 303, headers: { location: '/' } });
    expect(reload.headers['set-cookie']).toBeUndefined();
    // Another browser opening the same URL later.
    expectAlreadyOpenPage(await get(test, launchPath(test)));
    expect(await socket(test, { Origin: test.host.origin, Cookie: cookie })).toBe('open');
  });

  it('refuses a rebound host name and foreign origins, for pages and the socket', async () => {
    const test = await start(true);
    const withCookie = { Cookie: test.cookie };
    expect((await get(test, '/', withCookie)).status).toBe(200);
    for (const host of [`kiosk.attacker.example:${test.host.port}`, `localhost:${test.host.port}`, '127.0.0.1']) {
      expect((await get(test, '/', { ...withCookie, Host: host })).status, host).toBe(403);
      expect(await socket(test, { ...test.socketHeaders, Host: host }), host).toBe('HTTP 403');
    }
    expect((await get(test, '/', { ...withCookie, Origin: 'http://attacker.example' })).status).toBe(403);
    expect(await socket(test, { ...test.socketHeaders, Origin: `http://kiosk.attacker.example:${test.host.port}` })).toBe('HTTP 403');
  });
});
