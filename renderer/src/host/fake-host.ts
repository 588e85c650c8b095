import type {
  EventPayloadOf,
  HostEventName,
  HostRequestChannel,
  KioskHostApi,
  RequestOf,
  ResponseOf,
} from '#common/host-contract';

type FakeHandlers = { [C in HostRequestChannel]?: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/**
 * An in-memory host for component tests: answers from the given handlers and lets the test
 * emit host events. Unhandled channels reject, so a test notices a call it did not expect.
 */
export function createFakeHost(handlers: FakeHandlers) {
  const listeners = new Map<HostEventName, Set<(payload: never) => void>>();
  const calls: { channel: HostRequestChannel; request: unknown }[] = [];
  const host: KioskHostApi = {
    async invoke(channel, ...request) {
      calls.push({ channel, request: request[0] });
      const handler = handlers[channel] as ((r: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fake host: no handler for ${channel}`);
      return (await handler(request[0])) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  return {
    host,
    calls,
    emit<E extends HostEventName>(event: E, payload: EventPayloadOf<E>) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: EventPayloadOf<E>) => void)(payload);
    },
  };
}
