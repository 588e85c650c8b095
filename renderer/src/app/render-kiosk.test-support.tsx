import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConfigProblem, ConfigState } from '#kiosk-config/config-state';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { kioskConfigSchema, type KioskConfig } from '#kiosk-config/schema';
import type { KioskData } from '../data/data-context';
import { openMemoryKioskData } from '../data/open-memory-kiosk-data';
import { createFakeHost } from '../host/fake-host';
import type { SyncServices } from '../sync/start-renderer-sync';
import { App } from './app';

/** The embedded default configuration (validated, defaults applied), changed by `edit`. */
export function testConfig(edit?: (config: KioskConfig) => void): KioskConfig {
  const config = kioskConfigSchema.parse(structuredClone(defaultKioskConfig));
  edit?.(config);
  return config;
}

export function testConfigState(config: KioskConfig = testConfig(), problems: ConfigProblem[] = []): ConfigState {
  return { config, layers: ['default'], problems };
}

export interface RenderKioskOptions {
  /** Fills the fresh in-memory stores before the app renders (e.g. insert reports). */
  seed?: (data: KioskData) => Promise<void> | void;
  /** Extra or replaced fake host handlers (e.g. `county.enroll`, `clerk.unlock`). */
  hostHandlers?: Parameters<typeof createFakeHost>[0];
  /** Fakes of the sync (renderer/src/sync); the real one runs against the fake host otherwise. */
  syncServices?: SyncServices;
}

/**
 * Renders the whole app against a fake host and waits until the first screen is shown.
 * `user` clicks without timer delays, so it also works after `vi.useFakeTimers()`.
 * `data` is the app's local stores, for seeding later or checking what was written.
 */
export async function renderKiosk(state: ConfigState = testConfigState(), options: RenderKioskOptions = {}) {
  const fake = createFakeHost({
    'config.get': () => state,
    'system.info': () => ({ appVersion: '0.0.0-test', hostKind: 'browser', platform: 'test', kioskId: 'k-test', hostTime: '' }),
    'speech.speak': () => ({ spoken: true }),
    'speech.stop': () => ({ spoken: false }),
    'speech.status': () => ({ engine: 'recording' }),
    // The real host checks the county's signature; the fake one accepts any signed alert.
    'alerts.verify': ({ alerts }) => ({
      verified: alerts.filter((alert) => alert.signature !== undefined).map((alert) => alert.id),
      refused: alerts.filter((alert) => alert.signature === undefined).map((alert) => ({ id: alert.id, reason: 'no signature' })),
    }),
    'county.status': () => ({ enrolled: false }),
    ...options.hostHandlers,
  });
  let opened: KioskData | undefined;
  const openData = async () => {
    const data = await openMemoryKioskData();
    await options.seed?.(data);
    opened = data;
    return data;
  };
  const result = render(<App host={fake.host} openData={openData} {...(options.syncServices ? { syncServices: options.syncServices } : {})} />);
  await waitFor(() => {
    if (document.querySelector('[aria-busy="true"]')) throw new Error('the kiosk is still starting');
  });
  screen.getByRole('heading', { level: 1 });
  if (!opened) throw new Error('the kiosk rendered without its local stores');
  return { ...result, fake, data: opened, user: userEvent.setup({ delay: null }) };
}
