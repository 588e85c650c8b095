/** The frame fields main uses to recognise a sender (a slice of Electron's WebFrameMain). */
export interface FrameIdentity {
  readonly url: string;
  readonly parent: unknown;
  /** Chromium's process id and the frame's routing id together name one document's frame host. */
  readonly processId: number;
  readonly routingId: number;
}

/** A kiosk window's WebContents, as much of it as IPC wiring needs. */
export interface KioskContents {
  readonly id: number;
  readonly mainFrame: FrameIdentity;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * The WebContents of windows main created with the kiosk window factory. IPC answers only
 * these (a WebContents Electron made for anything else, e.g. a devtools window, is not a
 * sender we serve) and events go only to these. Entries leave when their WebContents dies.
 */
export class KioskContentsRegistry {
  readonly #byId = new Map<number, KioskContents>();

  add(contents: KioskContents): void {
    this.#byId.set(contents.id, contents);
    contents.once('destroyed', () => this.#byId.delete(contents.id));
  }

  get(id: number): KioskContents | undefined {
    return this.#byId.get(id);
  }

  list(): KioskContents[] {
    return [...this.#byId.values()];
  }
}
