import type { EventPayloadOf, HostEventName, HostRequestChannel, RequestOf, ResponseOf } from './host-contract';

/**
 * What a runtime's composition root provides: one handler per request channel. The transports
 * (Electron IPC wiring, the WebSocket server) validate before and after calling these, so
 * handlers receive parsed requests and may trust their types.
 */
export type HostHandlers = {
  [C in HostRequestChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** The host's side of event delivery: a transport subscribes and forwards to renderers. */
export interface HostEventSource {
  subscribe<E extends HostEventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}
