import {
  hostEvents,
  hostRequests,
  isHostEventName,
  type EventPayloadOf,
  type HostEventName,
  type KioskHostApi,
} from '#common/host-contract';
import { wsServerFrameSchema } from '#common/ws-protocol';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  channel: keyof typeof hostRequests;
}

/** How long a request may wait for the host before the UI gets an error it can show. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The renderer's side of the browser-mode transport. Responses and events are validated
 * against the contract here too: the renderer trusts no frame it has not parsed. If the socket
 * drops (host restarted), pending requests fail and the next request reconnects.
 */
export function createWebSocketHost(socketUrl: string, createSocket = (url: string) => new WebSocket(url)): KioskHostApi {
  let socket: WebSocket | null = null;
  let opening: Promise<WebSocket> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();

  function failAll(reason: string) {
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new Error(reason));
    }
  }

  function onFrame(text: string) {
    let frame;
    try {
      frame = wsServerFrameSchema.parse(JSON.parse(text));
    } catch {
      return; // A malformed frame is ignored; the request it belonged to times out.
    }
    if (frame.kind === 'event') {
      if (!isHostEventName(frame.event)) return;
      const payload = hostEvents[frame.event].safeParse(frame.payload);
      if (!payload.success) return;
      for (const listener of listeners.get(frame.event) ?? []) listener(payload.data);
      return;
    }
    const entry = pending.get(frame.id);
    if (!entry) return;
    pending.delete(frame.id);
    if (!frame.ok) {
      entry.reject(new Error(frame.error));
      return;
    }
    const parsed = hostRequests[entry.channel].response.safeParse(frame.response);
    if (parsed.success) entry.resolve(parsed.data);
    else entry.reject(new Error(`host sent an invalid ${entry.channel} response`));
  }

  function connect(): Promise<WebSocket> {
    if (socket && socket.readyState === WebSocket.OPEN) return Promise.resolve(socket);
    opening ??= new Promise<WebSocket>((resolve, reject) => {
      const ws = createSocket(socketUrl);
      ws.onopen = () => {
        socket = ws;
        opening = null;
        resolve(ws);
      };
      ws.onerror = () => {
        opening = null;
        reject(new Error('cannot reach the kiosk host'));
      };
      ws.onclose = () => {
        if (socket === ws) socket = null;
        failAll('the kiosk host connection closed');
      };
      ws.onmessage = (message: MessageEvent) => onFrame(String(message.data));
    });
    return opening;
  }

  return {
    async invoke(channel, ...request) {
      const ws = await connect();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${channel} timed out`));
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, {
          channel,
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value as never);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        ws.send(JSON.stringify({ kind: 'request', id, channel, request: request[0] }));
      });
    },
    on<E extends HostEventName>(event: E, listener: (payload: EventPayloadOf<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      void connect().catch(() => {});
      return () => {
        set.delete(listener as (payload: unknown) => void);
      };
    },
  };
}
