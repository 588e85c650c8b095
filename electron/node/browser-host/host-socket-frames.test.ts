import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { encodeFrame, OPCODE, openRawWebSocket, type FrameOptions } from './raw-websocket.test-support';
import { startTestHost, type TestHost } from './test-host.test-support';

/**
 * Issue 8, finding 1: a malformed WebSocket frame must close that one connection, never the
 * host. Each frame below used to end the process (the socket had no `error` listener).
 */
let test: TestHost;
/** In a real host an uncaught exception ends the process: here it is recorded and asserted. */
const uncaught: unknown[] = [];
const recordUncaught = (error: unknown) => uncaught.push(error);
beforeAll(async () => {
  process.on('uncaughtException', recordUncaught);
  test = await startTestHost();
});
afterAll(async () => {
  process.off('uncaughtException', recordUncaught);
  await test.stop();
});

const handshake = () => ({
  port: test.host.port,
  path: '/host',
  headers: test.socketHeaders,
});

/** The host answers a page and a contract request over a fresh, well-behaved socket. */
async function expectHostServing(): Promise<void> {
  expect((await fetch(`${test.host.origin}/`, { headers: { cookie: test.cookie } })).status).toBe(200);
  const ws = new WebSocket(`ws://127.0.0.1:${test.host.port}/host`, { headers: test.socketHeaders });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  const answer = new Promise<string>((resolve) => ws.once('message', (data) => resolve((data as Buffer).toString('utf8'))));
  ws.send(JSON.stringify({ kind: 'request', id: 1, channel: 'system.info' }));
  expect(JSON.parse(await answer)).toMatchObject({ id: 1, ok: true, response: { kioskId: 'kiosk-test' } });
  ws.close();
}

const badFrames: Record<string, FrameOptions> = {
  'a text frame with invalid UTF-8': { opcode: OPCODE.text, payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d, 0x0a]) },
  'an unmasked client frame': { opcode: OPCODE.text, payload: Buffer.from('{"kind":"request"}'), masked: false },
  'a reserved opcode': { opcode: OPCODE.reserved, payload: Buffer.from('hello') },
  'a frame announcing more than the payload limit': { opcode: OPCODE.binary, payload: Buffer.alloc(0), announcedLength: 2 ** 40 },
};

describe('malformed WebSocket frames', () => {
  for (const [name, frame] of Object.entries(badFrames)) {
    it(`${name} closes that connection and the host keeps serving`, async () => {
      const raw = await openRawWebSocket(handshake());
      const bystander = await openRawWebSocket(handshake());
      raw.socket.write(encodeFrame(frame));
      await raw.closed;
      expect(uncaught).toEqual([]);
      // The close frame names a protocol error (1002), bad data (1007) or too big (1009).
      const closeFrame = raw.received();
      expect(closeFrame[0]).toBe(0x88);
      expect([1002, 1007, 1009]).toContain(closeFrame.readUInt16BE(2));
      expect(bystander.socket.destroyed).toBe(false);
      bystander.socket.destroy();
      await expectHostServing();
    });
  }
});
