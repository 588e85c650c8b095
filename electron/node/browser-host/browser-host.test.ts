import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { kioskConfigSchema } from '#kiosk-config/schema';
import type { ConfigState } from '#kiosk-config/config-state';
import { createClerkUnlockService } from '../clerk/clerk-unlock-service';
import { createHostHealth } from '../health/host-health';
import { createUnenrolledCountyService } from '../county/county-service';
import { createFakeDeviceService } from '../devices/fake-device-service';
import { createRecordingSpeechService } from '../speech/speech-service';
import { createHostEventSource, createHostHandlers, type HostServices } from '../host-handlers';
import { startBrowserHost, type RunningBrowserHost } from './browser-host';
import { openKioskSession } from './test-host.test-support';

const state: ConfigState = { config: kioskConfigSchema.parse(defaultKioskConfig), layers: ['default'], problems: [] };
const configListeners = new Set<(s: ConfigState) => void>();
const services: HostServices = {
  config: { current: () => state, onChange: (fn) => (configListeners.add(fn), () => configListeners.delete(fn)) },
  countyConfig: { apply: () => state },
  systemInfo: () => ({ appVersion: '9.9.9', hostKind: 'browser', platform: 'linux', kioskId: 'kiosk-test', hostTime: new Date(0).toISOString() }),
  speech: createRecordingSpeechService(),
  clerk: createClerkUnlockService({ pinHash: () => 'h', verify: async (pin) => pin === '2468' }),
  devices: createFakeDeviceService(),
  county: createUnenrolledCountyService(),
  health: createHostHealth({ config: () => state, countySignedAt: () => undefined, speechEngine: 'recording', dataDir: '/tmp' }),
};

let host: RunningBrowserHost;
let dir: string;
/** The kiosk browser's session cookie (`name=value`). */
let cookie: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-renderer-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>k</title></head><body></body></html>');
  writeFileSync(path.join(dir, 'core.wasm'), Buffer.from([0, 97, 115, 109]));
  host = await startBrowserHost({ rendererDir: dir, port: 0, handlers: createHostHandlers(services), events: createHostEventSource(services) });
  cookie = await openKioskSession(host);
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/host`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

const kioskSocket = () => open({ Origin: host.origin, Cookie: cookie });

function request(ws: WebSocket, frame: object): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse((data as Buffer).toString('utf8')) as Record<string, unknown>));
    ws.send(JSON.stringify(frame));
  });
}

describe('browser-mode host', () => {
  it('binds 127.0.0.1 only', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the kiosk browser index.html without any secret in it, with a strict CSP', async () => {
    const res = await fetch(`${host.origin}/`, { headers: { cookie } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toBe('<!doctype html><html><head><title>k</title></head><body></body></html>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const wasm = await fetch(`${host.origin}/core.wasm`, { headers: { cookie } });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect((await fetch(`${host.origin}/missing.js`, { headers: { cookie } })).status).toBe(404);
  });

  it('refuses sockets without the session cookie, with a wrong one, or from another origin', async () => {
    await expect(open({ Origin: host.origin })).rejects.toThrow('HTTP 403');
    await expect(open({ Origin: host.origin, Cookie: `${cookie.split('=')[0]}=guessed` })).rejects.toThrow('HTTP 403');
    await expect(open({ Origin: 'http://evil.example', Cookie: cookie })).rejects.toThrow('HTTP 403');
    await expect(open({ Origin: `http://localhost:${host.port}`, Cookie: cookie })).rejects.toThrow('HTTP 403');
    await expect(open({ Cookie: cookie })).rejects.toThrow('HTTP 403');
  });

  it('answers contract requests and refuses unknown channels and invalid requests', async () => {
    const ws = await kioskSocket();
    const info = await request(ws, { kind: 'request', id: 1, channel: 'system.info' });
    expect(info).toMatchObject({ id: 1, ok: true, response: { kioskId: 'kiosk-test', hostKind: 'browser' } });
    const config = await request(ws, { kind: 'request', id: 2, channel: 'config.get' });
    expect(config).toMatchObject({ ok: true, response: { config: { village: { code: 'demo-village' } } } });
    expect(await request(ws, { kind: 'request', id: 3, channel: 'shell.exec', request: 'rm -rf /' })).toMatchObject({ id: 3, ok: false });
    expect(await request(ws, { kind: 'request', id: 4, channel: 'config.get', request: { evil: true } })).toMatchObject({ id: 4, ok: false, error: 'invalid request for config.get' });
    expect(await request(ws, { kind: 'request', id: 5, channel: 'clerk.unlock', request: { pin: '2468' } })).toMatchObject({ ok: true, response: { unlocked: true } });
    expect(await request(ws, { kind: 'request', id: 6, channel: 'county.request', request: { method: 'GET', path: '../_users' } })).toMatchObject({ ok: false });
    // A host-side failure reaches the renderer as a safe message, never a stack trace.
    const failed = await request(ws, { kind: 'request', id: 7, channel: 'county.request', request: { method: 'GET', path: 'db' } });
    expect(failed).toEqual({ kind: 'response', id: 7, ok: false, error: 'county.request failed' });
    ws.close();
  });

  it('closes a socket that sends a malformed frame', async () => {
    const ws = await kioskSocket();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{not json');
    expect(await closed).toBe(1003);
  });

  it('pushes validated events to connected renderers', async () => {
    const ws = await kioskSocket();
    const received = new Promise<Record<string, unknown>>((resolve) => ws.once('message', (d) => resolve(JSON.parse((d as Buffer).toString('utf8')) as Record<string, unknown>)));
    for (const fn of configListeners) fn({ ...state, layers: ['default', 'county'] });
    expect(await received).toMatchObject({ kind: 'event', event: 'config.changed', payload: { layers: ['default', 'county'] } });
    ws.close();
  });
});
