import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConfigProblem, ConfigState } from '../../../electron/common/config-state';
import { defaultKioskConfig } from '../../../kiosk-config/default-config';
import { kioskConfigSchema, type KioskConfig } from '../../../kiosk-config/schema';
import { openMemoryKioskData } from '../data/open-memory-kiosk-data';
import { createFakeHost } from '../host/fake-host';
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

/**
 * Renders the whole app against a fake host and waits until the first screen is shown.
 * `user` clicks without timer delays, so it also works after `vi.useFakeTimers()`.
 */
export async function renderKiosk(state: ConfigState = testConfigState()) {
  const fake = createFakeHost({
    'config.get': () => state,
    'system.info': () => ({ appVersion: '0.0.0-test', hostKind: 'browser', platform: 'test', kioskId: 'k-test', hostTime: '' }),
    'speech.speak': () => ({ spoken: true }),
  });
  const result = render(<App host={fake.host} openData={openMemoryKioskData} />);
  await waitFor(() => {
    if (document.querySelector('[aria-busy="true"]')) throw new Error('the kiosk is still starting');
  });
  screen.getByRole('heading', { level: 1 });
  return { ...result, fake, user: userEvent.setup({ delay: null }) };
}
