import { EventEmitter } from 'node:events';
import type { FrameIdentity, KioskContents } from './kiosk-contents-registry';
import type { GuardableWebContents, PreventableEvent } from './web-contents-guards';
import type { ZoomableWebContents } from './zoom-lock';

/** An Electron-style event: records whether a listener cancelled it. */
export function fakeEvent<T extends object = object>(extra?: T): PreventableEvent & T & { defaultPrevented: boolean } {
  const event = {
    ...(extra as T),
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export function fakeFrame(overrides: Partial<FrameIdentity> = {}): FrameIdentity {
  return { url: 'app://kiosk/index.html', parent: null, processId: 7, routingId: 1, ...overrides };
}

/**
 * A WebContents for tests: a real EventEmitter (so listeners registered by the code under
 * test run when the test emits) plus recorders for the methods main calls.
 */
export class FakeWebContents extends EventEmitter implements GuardableWebContents, ZoomableWebContents, KioskContents {
  static #nextId = 1;
  readonly id = FakeWebContents.#nextId++;
  mainFrame: FrameIdentity = fakeFrame();
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  zoomFactors: number[] = [];
  visualZoomLimits: Array<[number, number]> = [];
  sent: Array<{ channel: string; args: unknown[] }> = [];
  reloads = 0;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactors.push(factor);
  }
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLimits.push([minimumLevel, maximumLevel]);
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  reload(): void {
    this.reloads += 1;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}
