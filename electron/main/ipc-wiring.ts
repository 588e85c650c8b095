import { HostRequestError, dispatchHostRequest } from '#common/dispatch-host-request';
import { hostEventNames, hostEvents, hostRequestChannels, type HostEventName, type HostRequestChannel } from '#common/host-contract';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import { isAppUrl } from './app-origin';
import type { FrameIdentity, KioskContentsRegistry } from './kiosk-contents-registry';

/** The slice of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameIdentity | null;
}

/** The slice of Electron's ipcMain this module uses. No other module touches ipcMain. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface HostIpcOptions {
  ipcMain: IpcMainLike;
  handlers: HostHandlers;
  events: HostEventSource;
  kioskContents: KioskContentsRegistry;
  log?: (line: string) => void;
}

/**
 * Why a sender is refused, or null when it may be served. A sender is served only when it is
 * the current main-frame document of a kiosk window we created and that document is on the
 * app origin: a subframe, a frame still present during unload of a navigated-away page, or any
 * other WebContents cannot call the host (the Electron checklist's "validate the sender of all
 * IPC messages"; VS Code's ipcMain.ts and Fiddle's ipc.ts do the same).
 */
export function senderRejection(event: InvokeEvent, kioskContents: KioskContentsRegistry): string | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return 'no sender frame (already navigated away or destroyed)';
    const contents = kioskContents.get(event.sender.id);
    if (!contents || contents.isDestroyed()) return 'sender is not a kiosk window';
    if (frame.parent !== null) return 'sender is a subframe';
    const main = contents.mainFrame;
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return 'sender is not the main frame';
    if (!isAppUrl(frame.url)) return 'sender is not on the app origin';
    return null;
  } catch {
    // Reading a disposed frame throws in Electron; a frame we cannot inspect is refused.
    return 'sender frame could not be inspected';
  }
}

/** Errors cross to the renderer as their message only; build a fresh one so no cause/stack rides along. */
function safeError(channel: HostRequestChannel, error: unknown): Error {
  if (error instanceof HostRequestError) return new Error(error.message);
  return new Error(`${channel} failed`);
}

async function handleInvoke(options: HostIpcOptions, channel: HostRequestChannel, event: InvokeEvent, args: unknown[]): Promise<unknown> {
  const log = options.log ?? (() => {});
  const rejection = senderRejection(event, options.kioskContents);
  if (rejection !== null) {
    log(`ipc ${channel} refused: ${rejection}`);
    throw new Error('request refused');
  }
  // The contract's requests are one value or nothing; extra arguments are a malformed call.
  if (args.length > 1) {
    log(`ipc ${channel} refused: ${args.length} arguments`);
    throw new Error(`invalid request for ${channel}`);
  }
  try {
    return await dispatchHostRequest(options.handlers, channel, args[0]);
  } catch (error) {
    // The full story stays in the host log; the renderer gets only safeError's message.
    const cause = error instanceof Error ? error.cause : undefined;
    const detail = cause === undefined ? '' : ` (${(cause instanceof Error ? cause.message : JSON.stringify(cause) ?? 'unknown').slice(0, 300)})`;
    log(`ipc ${channel} failed: ${error instanceof Error ? error.message : String(error)}${detail}`);
    throw safeError(channel, error);
  }
}

function forwardEvent(options: HostIpcOptions, event: HostEventName, payload: unknown): void {
  const parsed = hostEvents[event].safeParse(payload);
  if (!parsed.success) {
    // A host bug must not hand the renderer a malformed value; the renderer keeps its last state.
    options.log?.(`event ${event} dropped: invalid payload`);
    return;
  }
  for (const contents of options.kioskContents.list()) {
    if (contents.isDestroyed()) continue;
    if (!isAppUrl(contents.mainFrame.url)) continue;
    contents.send(event, parsed.data);
  }
}

/**
 * Registers one `ipcMain.handle` per contract channel (and only those: a channel not in the
 * contract has no handler, so invoking it fails in Electron before reaching our code) and
 * forwards host events to kiosk windows. Every request passes the sender check, then the
 * shared dispatcher (schema-validated request and response, electron/common). Returns a
 * disposer for tests and shutdown.
 */
export function wireHostIpc(options: HostIpcOptions): { dispose(): void } {
  for (const channel of hostRequestChannels) {
    options.ipcMain.handle(channel, (event, ...args) => handleInvoke(options, channel, event, args));
  }
  const unsubscribes = hostEventNames.map((event) =>
    options.events.subscribe(event, (payload: unknown) => forwardEvent(options, event, payload)),
  );
  return {
    dispose() {
      for (const channel of hostRequestChannels) options.ipcMain.removeHandler(channel);
      for (const unsubscribe of unsubscribes) unsubscribe();
    },
  };
}
