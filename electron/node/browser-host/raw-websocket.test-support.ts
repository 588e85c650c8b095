import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A WebSocket client written at the byte level, for tests that must send what no library
 * sends: unmasked frames, reserved opcodes, invalid UTF-8, lengths above the host's limit.
 * It speaks just enough RFC 6455 to open a connection and write frames.
 */
export interface RawSocket {
  socket: Socket;
  /** Resolves when the host has closed the TCP connection (after its close frame, if any). */
  closed: Promise<void>;
  /** Every byte the host sent after the handshake. */
  received(): Buffer;
}

export interface RawHandshake {
  port: number;
  path: string;
  headers: Record<string, string>;
}

/** Opens a TCP connection and performs the upgrade; rejects with the status line on refusal. */
export function openRawWebSocket({ port, path, headers }: RawHandshake): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let buffered = Buffer.alloc(0);
    let upgraded = false;
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => {
      // A reset after the host closes is the expected end of these tests.
    });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (upgraded) return;
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString('latin1');
      buffered = buffered.subarray(end + 4);
      if (!head.startsWith('HTTP/1.1 101')) {
        socket.destroy();
        reject(new Error(head.split('\r\n')[0]));
        return;
      }
      upgraded = true;
      resolve({ socket, closed, received: () => buffered });
    });
    socket.once('close', () => {
      if (!upgraded) reject(new Error('connection closed during the handshake'));
    });
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

export interface FrameOptions {
  opcode: number;
  payload: Buffer;
  /** Client frames must be masked (RFC 6455 §5.1); false sends an illegal unmasked frame. */
  masked?: boolean;
  /** Announce this length instead of the payload's (to claim a frame above the limit). */
  announcedLength?: number;
}

/** One final frame's bytes. */
export function encodeFrame({ opcode, payload, masked = true, announcedLength = payload.length }: FrameOptions): Buffer {
  const head: number[] = [0x80 | opcode];
  const maskBit = masked ? 0x80 : 0;
  if (announcedLength < 126) head.push(maskBit | announcedLength);
  else if (announcedLength < 0x10000) head.push(maskBit | 126, announcedLength >> 8, announcedLength & 0xff);
  else {
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(announcedLength));
    head.push(maskBit | 127, ...length);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(head), mask, body]);
}

export const OPCODE = { text: 0x1, binary: 0x2, close: 0x8, reserved: 0x3 } as const;
