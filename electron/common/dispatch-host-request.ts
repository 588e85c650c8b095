import { hostRequests, isHostRequestChannel } from './host-contract';
import type { HostHandlers } from './host-service';

/** An error whose message is safe to show the renderer (no stack, no internals). */
export class HostRequestError extends Error {
  constructor(
    message: string,
    /** 'refused': a handler refused on purpose, with a message written for the clerk. */
    readonly code: 'unknown-channel' | 'invalid-request' | 'handler-failed' | 'invalid-response' | 'refused',
  ) {
    super(message);
    this.name = 'HostRequestError';
  }
}

/**
 * The one place a request from a renderer meets a host handler, for both transports:
 * the channel must be in the contract, the request must parse, and the handler's response
 * must parse too (a host bug must not hand the renderer a malformed value). Anything else
 * becomes a HostRequestError with a safe message; the cause is returned for host-side logging.
 */
export async function dispatchHostRequest(
  handlers: HostHandlers,
  channel: unknown,
  rawRequest: unknown,
): Promise<unknown> {
  if (!isHostRequestChannel(channel)) throw new HostRequestError(`unknown channel ${String(channel).slice(0, 60)}`, 'unknown-channel');
  const spec = hostRequests[channel];
  const request = spec.request.safeParse(rawRequest);
  if (!request.success) throw new HostRequestError(`invalid request for ${channel}`, 'invalid-request');
  let response: unknown;
  try {
    const handler = handlers[channel] as (r: unknown) => unknown;
    response = await handler(request.data);
  } catch (cause) {
    // A deliberate refusal keeps its message (written for the clerk, no internals); any other
    // failure becomes the generic one, its cause kept for the host log only.
    if (cause instanceof HostRequestError && cause.code === 'refused') throw cause;
    throw Object.assign(new HostRequestError(`${channel} failed`, 'handler-failed'), { cause });
  }
  const parsed = spec.response.safeParse(response);
  if (!parsed.success) throw Object.assign(new HostRequestError(`${channel} returned an invalid response`, 'invalid-response'), { cause: parsed.error });
  return parsed.data;
}
