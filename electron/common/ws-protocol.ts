import { z } from 'zod';

/**
 * Frames of the browser-mode WebSocket transport (DESIGN.md §3). The socket carries the same
 * contract as Electron IPC; these frames only add request ids. Both ends parse every frame.
 */
export const wsClientFrameSchema = z
  .object({ kind: z.literal('request'), id: z.number().int().nonnegative(), channel: z.string().max(100), request: z.unknown().optional() })
  .strict();

// A plain union: two variants share kind 'response' (told apart by `ok`), which a
// discriminated union on `kind` cannot express.
export const wsServerFrameSchema = z.union([
  z.object({ kind: z.literal('response'), id: z.number().int(), ok: z.literal(true), response: z.unknown() }).strict(),
  z.object({ kind: z.literal('response'), id: z.number().int(), ok: z.literal(false), error: z.string() }).strict(),
  z.object({ kind: z.literal('event'), event: z.string(), payload: z.unknown() }).strict(),
]);

export type WsClientFrame = z.output<typeof wsClientFrameSchema>;
export type WsServerFrame = z.output<typeof wsServerFrameSchema>;

/** Path of the socket; the per-launch token travels as `?token=` (browsers cannot set headers). */
export const WS_HOST_PATH = '/host';
/** The host injects the token into index.html in this meta tag; only same-origin pages can read it. */
export const HOST_TOKEN_META = 'kiosk-host-token';
