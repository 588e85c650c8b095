import { z } from 'zod';
import { configStateSchema } from './config-state';

/**
 * The host contract: everything the renderer asks of the host, in one place (DESIGN.md §3).
 * Both transports (Electron IPC, browser-mode WebSocket) are generated from these tables;
 * every request and response is validated against them on the host side, and responses again
 * on the renderer side. Adding a channel here is the only way to add one.
 *
 * Channel names are `area.action`. Requests are plain JSON values (structured-clone safe).
 */

export const systemInfoSchema = z
  .object({
    appVersion: z.string(),
    /** 'electron' or 'browser': which host serves this renderer. */
    hostKind: z.enum(['electron', 'browser']),
    platform: z.string(),
    kioskId: z.string(),
    /** The host's clock, for display only: nothing orders or identifies data by it. */
    hostTime: z.string(),
  })
  .strict();

export const noRequest = z.undefined();

export const hostRequests = {
  'config.get': { request: noRequest, response: configStateSchema },
  'system.info': { request: noRequest, response: systemInfoSchema },
} as const;

/** Events the host pushes to the renderer. */
export const hostEvents = {
  'config.changed': configStateSchema,
} as const;

export type HostRequestChannel = keyof typeof hostRequests;
export type HostEventName = keyof typeof hostEvents;
export type RequestOf<C extends HostRequestChannel> = z.input<(typeof hostRequests)[C]['request']>;
export type ResponseOf<C extends HostRequestChannel> = z.output<(typeof hostRequests)[C]['response']>;
export type EventPayloadOf<E extends HostEventName> = z.output<(typeof hostEvents)[E]>;
export type SystemInfo = z.output<typeof systemInfoSchema>;

export const hostRequestChannels = Object.keys(hostRequests) as HostRequestChannel[];
export const hostEventNames = Object.keys(hostEvents) as HostEventName[];

export function isHostRequestChannel(value: unknown): value is HostRequestChannel {
  return typeof value === 'string' && Object.hasOwn(hostRequests, value);
}

export function isHostEventName(value: unknown): value is HostEventName {
  return typeof value === 'string' && Object.hasOwn(hostEvents, value);
}

/**
 * The API the renderer sees, derived from the tables above: `host.invoke('config.get')`,
 * `host.on('config.changed', fn)`. The Electron preload and the WebSocket client both
 * implement exactly this, so the renderer cannot tell which transport it runs on.
 */
export interface KioskHostApi {
  invoke<C extends HostRequestChannel>(channel: C, ...request: RequestOf<C> extends undefined ? [] : [RequestOf<C>]): Promise<ResponseOf<C>>;
  on<E extends HostEventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}
