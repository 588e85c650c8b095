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

/**
 * Frame size limits (issue 8, finding 8). Only a `county.request` carries bulk data (a blob,
 * base64; the contract caps it at 64 MiB); every other request is a few kilobytes, so a larger
 * frame is refused before it is parsed. The host recognises a large frame's channel from the
 * fixed prefix the renderer's client writes (`{"kind":"request","id":N,"channel":"…"`), so
 * refusing costs nothing however large the frame.
 */
export const MAX_FRAME_BYTES = 65 * 1024 * 1024;
export const MAX_SMALL_FRAME_BYTES = 1024 * 1024;
export const BULK_CHANNEL = 'county.request';

/** The id and channel of a frame, read from its prefix only; undefined if it has another shape. */
export function framePrefix(text: string): { id: number; channel: string } | undefined {
  const match = /^\{"kind":"request","id":(\d{1,15}),"channel":"([A-Za-z.]{1,100})"/.exec(text.slice(0, 160));
  return match ? { id: Number(match[1]), channel: match[2]! } : undefined;
}

export type WsClientFrame = z.output<typeof wsClientFrameSchema>;
export type WsServerFrame = z.output<typeof wsServerFrameSchema>;

/**
 * Path of the socket. It carries no secret in the URL: the browser sends the HttpOnly session
 * cookie with the upgrade (docs/decisions/browser-session-bootstrap.md).
 */
export const WS_HOST_PATH = '/host';
/** Query parameter of the launch URL carrying the one-time launch code (`/?launch=…`). */
export const LAUNCH_CODE_PARAM = 'launch';
