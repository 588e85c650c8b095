import { z } from 'zod';
import { configStateSchema } from '#kiosk-config/config-state';
import {
  HOST_EVENT_NAMES,
  HOST_REQUEST_CHANNELS,
  isHostEventName,
  isHostRequestChannel,
  type HostEventNameLiteral,
  type HostRequestChannelName,
} from './host-channels';
import { countyRequestSchema, countyResponseSchema, enrollmentStatusSchema } from './county-proxy-contract';
import {
  devicesStatusSchema,
  keypadEventSchema,
  printPreviewRequestSchema,
  printPreviewResponseSchema,
  printReceiptRequestSchema,
  printReceiptResponseSchema,
  scanEventSchema,
} from './devices-contract';

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
    /** Electron: renderer crashes the host recovered from since start, for the heartbeat. */
    rendererRestarts: z
      .array(z.object({ at: z.string().max(40), reason: z.string().max(60) }).strict())
      .max(10)
      .optional(),
  })
  .strict();

/** What the host knows about the kiosk's health, for the heartbeat (sync/schema/heartbeat-schema.ts). */
export const hostHealthSchema = z
  .object({
    heartbeatMinutes: z.number().int().min(1).max(1440),
    configVersion: z.string().max(64),
    /** Why the last county configuration was refused (the last good one stays in force). */
    configProblem: z.string().max(300).optional(),
    updateState: z.string().min(1).max(64),
    update: z.object({ version: z.string().max(64).optional(), refusal: z.string().max(300).optional() }).strict().optional(),
    freeDiskMb: z.number().int().nonnegative().optional(),
    devices: z.object({ printer: z.enum(['ok', 'missing', 'none']), keypad: z.enum(['ok', 'missing', 'none']), scanner: z.enum(['ok', 'missing', 'none']) }).strict(),
    speechEngine: z.string().max(32),
  })
  .strict();
/** The renderer tells the host how much waits to sync: updates install only when nothing does. */
export const hostHealthRequestSchema = z.object({ pendingSync: z.number().int().nonnegative().max(1_000_000) }).strict();

export const noRequest = z.undefined();

const languageSchema = z.enum(['zh-CN', 'en']);

export const speakRequestSchema = z
  .object({
    text: z.string().min(1).max(4000),
    lang: languageSchema,
    /** A multiple of the engine's normal speed (慢一点 / 快一点). */
    rate: z.number().min(0.3).max(3).optional(),
  })
  .strict();
/** Answered when the text has been read out, stopped or given up on (never before it ends). */
export const speakResponseSchema = z.object({ spoken: z.boolean(), reason: z.string().max(100).optional() }).strict();
/** Which engine the host speaks with: the renderer tries it after the platform voice. */
export const speechStatusSchema = z.object({ engine: z.enum(['espeak-ng', 'none', 'recording']) }).strict();

export const clerkUnlockRequestSchema = z.object({ pin: z.string().regex(/^\d{4,12}$/) }).strict();
export const clerkUnlockResponseSchema = z
  .object({
    unlocked: z.boolean(),
    /** Set when locked out after repeated wrong PINs: seconds until the next try is accepted. */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  })
  .strict();

const alertForVerifySchema = z
  .object({
    id: z.string().max(64),
    villages: z.array(z.string().max(40)).max(500),
    severity: z.string().max(32),
    text: z.object({ zh: z.string().max(1_000), en: z.string().max(1_000).optional() }).strict(),
    issuedAt: z.string().max(40),
    expiresAt: z.string().max(40),
    signature: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export const alertsVerifyRequestSchema = z.object({ alerts: z.array(alertForVerifySchema).max(50) }).strict();
export const alertsVerifyResponseSchema = z
  .object({ verified: z.array(z.string()), refused: z.array(z.object({ id: z.string(), reason: z.string() }).strict()) })
  .strict();

export const enrollRequestSchema = z.object({ enrollmentJson: z.string().min(2).max(64 * 1024) }).strict();

export const hostRequests = {
  'config.get': { request: noRequest, response: configStateSchema },
  /**
   * A county configuration document arrived by replication. The host applies it only if the
   * county signed it for this kiosk's village (the renderer is a courier, not a source), then
   * validates it like any layer (an invalid or refused one is reported and the last good
   * configuration stays) and persists it.
   */
  'config.applyCounty': {
    // The whole county document as replicated. Village and signature are optional here so that
    // a missing one is refused by the host with a reason the clerk sees, not as a bad request.
    request: z
      .object({
        village: z.string().max(40).optional(),
        config: z.record(z.string(), z.unknown()),
        signature: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    response: configStateSchema,
  },
  'system.info': { request: noRequest, response: systemInfoSchema },
  /** The heartbeat's host facts; the request carries the renderer's pending-sync count. */
  'system.health': { request: hostHealthRequestSchema, response: hostHealthSchema },
  /** Read a prompt or a policy aloud, offline, with the host's speech engine. */
  'speech.speak': { request: speakRequestSchema, response: speakResponseSchema },
  'speech.stop': { request: noRequest, response: speakResponseSchema },
  'speech.status': { request: noRequest, response: speechStatusSchema },
  /** Check the clerk PIN in the host (the hash never reaches the renderer's logic). */
  'clerk.unlock': { request: clerkUnlockRequestSchema, response: clerkUnlockResponseSchema },
  /** ESC/POS to the configured receipt printer; a missing or failing printer is an answer, not an error. */
  'print.receipt': { request: printReceiptRequestSchema, response: printReceiptResponseSchema },
  /** The same receipt laid out for the paper, as SVG: browser mode's printable preview. */
  'print.preview': { request: printPreviewRequestSchema, response: printPreviewResponseSchema },
  /** Keypad, scanner and printer: present, last seen, errors (the clerk's diagnostics). */
  'devices.status': { request: noRequest, response: devicesStatusSchema },
  /** Enrollment: the clerk loads the county's one-time file; credentials stay in the host. */
  'county.enroll': { request: enrollRequestSchema, response: enrollmentStatusSchema },
  'county.status': { request: noRequest, response: enrollmentStatusSchema },
  /** The county fetch proxy: the only way county traffic leaves the kiosk. */
  'county.request': { request: countyRequestSchema, response: countyResponseSchema },
  /**
   * Emergency alerts that arrived by replication: the host says which ones the county signed
   * (the enrollment's public key); the renderer shows only those. Fields as replicated, the
   * signature optional so a missing one is refused with a reason rather than as a bad request.
   */
  'alerts.verify': { request: alertsVerifyRequestSchema, response: alertsVerifyResponseSchema },
} as const;

/** Events the host pushes to the renderer. */
export const hostEvents = {
  'config.changed': configStateSchema,
  /** A device was plugged in or out, failed, or was used. */
  'devices.changed': devicesStatusSchema,
  /** A keypad button was pressed (edge, not repeat), as the configured action. */
  'keypad.action': keypadEventSchema,
  /** A HID-POS scanner read a code. */
  'scanner.read': scanEventSchema,
  /**
   * The hidden clerk exit was used (Electron kiosk build): show the clerk PIN screen. Leaving
   * kiosk mode is the host's decision after it checked that PIN (electron/main/kiosk-exit.ts).
   */
  'kiosk.exitRequested': z.object({}).strict(),
} as const;

export type HostRequestChannel = keyof typeof hostRequests;
export type HostEventName = keyof typeof hostEvents;
export type RequestOf<C extends HostRequestChannel> = z.input<(typeof hostRequests)[C]['request']>;
export type ResponseOf<C extends HostRequestChannel> = z.output<(typeof hostRequests)[C]['response']>;
export type EventPayloadOf<E extends HostEventName> = z.output<(typeof hostEvents)[E]>;
export type SystemInfo = z.output<typeof systemInfoSchema>;
export type HostHealth = z.output<typeof hostHealthSchema>;

export const hostRequestChannels: readonly HostRequestChannel[] = HOST_REQUEST_CHANNELS;
export const hostEventNames: readonly HostEventName[] = HOST_EVENT_NAMES;
export { isHostEventName, isHostRequestChannel };

// Compile-time proof that host-channels.ts lists exactly the channels of the tables above.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const requestListMatches: SameKeys<HostRequestChannel, HostRequestChannelName> = true;
const eventListMatches: SameKeys<HostEventName, HostEventNameLiteral> = true;
void requestListMatches;
void eventListMatches;

/**
 * The API the renderer sees, derived from the tables above: `host.invoke('config.get')`,
 * `host.on('config.changed', fn)`. The Electron preload and the WebSocket client both
 * implement exactly this, so the renderer cannot tell which transport it runs on.
 */
export interface KioskHostApi {
  invoke<C extends HostRequestChannel>(channel: C, ...request: RequestOf<C> extends undefined ? [] : [RequestOf<C>]): Promise<ResponseOf<C>>;
  on<E extends HostEventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}
