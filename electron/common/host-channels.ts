/**
 * The names of the contract's channels and events as plain data, without zod: the sandboxed
 * preload needs only these to refuse unknown channels, and importing the schemas would put all
 * of zod into every window's preload. host-contract.ts checks at compile time that these lists
 * and its tables name exactly the same channels.
 */
export const HOST_REQUEST_CHANNELS = [
  'config.get',
  'config.applyCounty',
  'system.info',
  'system.health',
  'speech.speak',
  'speech.stop',
  'speech.status',
  'clerk.unlock',
  'print.receipt',
  'print.preview',
  'devices.status',
  'county.enroll',
  'county.status',
  'county.request',
  'alerts.verify',
] as const;

export const HOST_EVENT_NAMES = ['config.changed', 'devices.changed', 'keypad.action', 'scanner.read', 'kiosk.exitRequested'] as const;

export type HostRequestChannelName = (typeof HOST_REQUEST_CHANNELS)[number];
export type HostEventNameLiteral = (typeof HOST_EVENT_NAMES)[number];

export function isHostRequestChannel(value: unknown): value is HostRequestChannelName {
  return typeof value === 'string' && (HOST_REQUEST_CHANNELS as readonly string[]).includes(value);
}

export function isHostEventName(value: unknown): value is HostEventNameLiteral {
  return typeof value === 'string' && (HOST_EVENT_NAMES as readonly string[]).includes(value);
}
