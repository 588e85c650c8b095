import type { KioskHostApi } from '#common/host-contract';
import { TransportUnreachableError, type CouchRequest, type CouchResponse, type CouchTransport } from './couch-transport';

/**
 * CouchTransport over the host's `county.request` channel: the renderer's replication never
 * holds the county credentials or URL (DESIGN.md §3, §9); the host adds them, confines paths
 * to the kiosk's databases and sends binary bodies as raw bytes.
 *
 * A rejected invoke (host says the county is unreachable, not enrolled, or the local hop
 * failed) has no HTTP answer, so it is TransportUnreachableError: the sync shows "offline"
 * and backs off. Aborting stops waiting at once; the host finishes or times out its request.
 */
export function createHostCouchTransport(host: Pick<KioskHostApi, 'invoke'>): CouchTransport {
  return {
    async request(request: CouchRequest, signal?: AbortSignal): Promise<CouchResponse> {
      if (signal?.aborted) throw abortError(signal);
      const call = host.invoke('county.request', request).catch((cause: unknown) => {
        throw new TransportUnreachableError(`county request failed in the host: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      });
      if (!signal) return call;
      return new Promise<CouchResponse>((resolve, reject) => {
        const onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        call.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');
}
