import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { dispatchHostRequest, HostRequestError } from '#common/dispatch-host-request';
import { hostEventNames, hostEvents } from '#common/host-contract';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import {
  BULK_CHANNEL,
  framePrefix,
  MAX_FRAME_BYTES,
  MAX_SMALL_FRAME_BYTES,
  WS_HOST_PATH,
  wsClientFrameSchema,
  type WsServerFrame,
} from '#common/ws-protocol';

export interface HostSocketOptions {
  server: Server;
  /** Exact origin the kiosk page is served from, e.g. http://127.0.0.1:5780. */
  origin: string;
  /**
   * Why an upgrade is refused, or null to accept it: Host, Origin and the session cookie
   * (session-gate.ts, kiosk-session.ts). Checked before a socket exists.
   */
  authorize: (req: IncomingMessage) => string | null;
  handlers: HostHandlers;
  events: HostEventSource;
  log?: (line: string) => void;
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}

/**
 * The browser-mode transport of the host contract. Any local program can open a socket to
 * 127.0.0.1, and browsers do not apply CORS to WebSockets, so every upgrade must carry the
 * kiosk's own Host and exact Origin and the session cookie only the kiosk's browser holds;
 * anything else is refused with 403 before a socket exists.
 */
export function attachHostSocket(options: HostSocketOptions): { close(): void } {
  const { server, origin, authorize, handlers, events, log = () => {} } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node's HTTP server removes its own error listener before 'upgrade': a client that resets
    // during the handshake (or while being refused) must not be an uncaught error.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', origin);
    const refusal = url.pathname === WS_HOST_PATH && url.search === '' ? authorize(req) : `path ${url.pathname.slice(0, 40)}`;
    if (refusal !== null) {
      log(`refused host socket: ${refusal}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  };
  server.on('upgrade', onUpgrade);

  const send = (ws: WebSocket, frame: WsServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };

  // Invariant: every socket and the server have an 'error' listener. ws reports a malformed
  // frame (invalid UTF-8, an unmasked client frame, a reserved opcode, a length above
  // maxPayload) as an 'error' event and then closes that socket with the matching code; an
  // EventEmitter 'error' without a listener throws, and that used to end the whole host.
  wss.on('error', (error) => log(`host socket server error: ${error.message}`));
  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', (error) => {
      log(`host socket closed after a bad frame: ${(error as Error & { code?: string }).code ?? error.message}`);
    });
    ws.on('message', (data) => {
      void handleMessage(ws, rawDataToText(data));
    });
  });

  async function handleMessage(ws: WebSocket, text: string) {
    if (text.length > MAX_SMALL_FRAME_BYTES) {
      // Decided from the prefix alone: parsing megabytes to refuse them is the attack.
      const prefix = framePrefix(text);
      if (!prefix) {
        ws.close(1009, 'frame too large');
        return;
      }
      if (prefix.channel !== BULK_CHANNEL) {
        const error = `${prefix.channel.slice(0, 40)}: the request is larger than 1 MiB`;
        log(`refused a ${text.length}-byte ${prefix.channel.slice(0, 40)} frame`);
        send(ws, { kind: 'response', id: prefix.id, ok: false, error });
        return;
      }
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ws.close(1003, 'not json');
      return;
    }
    const frame = wsClientFrameSchema.safeParse(parsed);
    if (!frame.success) {
      ws.close(1003, 'malformed frame');
      return;
    }
    const { id, channel, request } = frame.data;
    try {
      const response = await dispatchHostRequest(handlers, channel, request);
      send(ws, { kind: 'response', id, ok: true, response });
    } catch (error) {
      const safe = error instanceof HostRequestError ? error.message : 'host error';
      log(`host request ${channel} failed: ${String((error as { cause?: unknown }).cause ?? error)}`);
      send(ws, { kind: 'response', id, ok: false, error: safe });
    }
  }

  // Events are validated against the contract before they leave the host.
  const unsubscribes = hostEventNames.map((event) =>
    events.subscribe(event, (payload) => {
      const checked = hostEvents[event].safeParse(payload);
      if (!checked.success) {
        log(`dropped invalid ${event} event`);
        return;
      }
      for (const ws of wss.clients) send(ws, { kind: 'event', event, payload: checked.data });
    }),
  );

  return {
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
