import { describe, expect, it } from 'vitest';
import { framePrefix } from '#common/ws-protocol';
import { createWebSocketHost } from './websocket-host';

/** A socket double speaking the host's frames, so the client's parsing is tested end to end. */
class FakeSocket {
  static OPEN = 1;
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  constructor(private readonly answer: (frame: { id: number; channel: string }) => object | null) {
    queueMicrotask(() => {
      this.readyState = 1;
      this.onopen?.();
    });
  }
  send(text: string) {
    this.sent.push(text);
    const reply = this.answer(JSON.parse(text) as { id: number; channel: string });
    if (reply) queueMicrotask(() => this.onmessage?.({ data: JSON.stringify(reply) }));
  }
  close() {}
}

const info = { appVersion: '1', hostKind: 'browser', platform: 'linux', kioskId: 'k1', hostTime: 'now' };

function hostWith(answer: (frame: { id: number; channel: string }) => object | null) {
  Object.assign(globalThis, { WebSocket: FakeSocket });
  return createWebSocketHost('ws://x/host', () => new FakeSocket(answer) as unknown as WebSocket);
}

describe('WebSocket host client', () => {
  it('resolves a request with the parsed response', async () => {
    const host = hostWith((f) => ({ kind: 'response', id: f.id, ok: true, response: info }));
    await expect(host.invoke('system.info')).resolves.toEqual(info);
  });

  it('rejects with the host’s safe message', async () => {
    const host = hostWith((f) => ({ kind: 'response', id: f.id, ok: false, error: 'county.request failed' }));
    await expect(host.invoke('system.info')).rejects.toThrow('county.request failed');
  });

  it('rejects a response that does not match the contract', async () => {
    const host = hostWith((f) => ({ kind: 'response', id: f.id, ok: true, response: { appVersion: 1 } }));
    await expect(host.invoke('system.info')).rejects.toThrow('invalid system.info response');
  });

  it('writes frames with the prefix the host reads a large frame\'s channel from', async () => {
    const sockets: FakeSocket[] = [];
    const host = createWebSocketHost('ws://x/host', () => {
      const socket = new FakeSocket((f) => ({ kind: 'response', id: f.id, ok: true, response: info }));
      sockets.push(socket);
      return socket as unknown as WebSocket;
    });
    await host.invoke('system.info');
    expect(sockets[0]!.sent.map(framePrefix)).toEqual([{ id: 1, channel: 'system.info' }]);
  });
});
