import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServices } from '../host-services';
import { createFakeConfigService } from '../config/fake-config-service';
import { createHostHandlers } from '../host-handlers';
import { fakeEnrollment } from './fake-enrollment';
import { CREDENTIALS_FILE_NAME } from './file-credential-store';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-browser-county-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function handlers(log: string[] = []) {
  const services = createHostServices({ hostKind: 'browser', appVersion: '0.0.0', platform: 'linux', kioskId: 'kiosk-test', config: createFakeConfigService(), dataDir, log: (line) => log.push(line) });
  return createHostHandlers(services);
}

describe('browser mode composes the real county service', () => {
  it('enrolls through the contract handlers and keeps the credentials in --data-dir across restarts', async () => {
    const log: string[] = [];
    expect(await handlers()['county.status'](undefined)).toEqual({ enrolled: false });
    const status = await handlers(log)['county.enroll']({ enrollmentJson: JSON.stringify(fakeEnrollment()) });
    expect(status).toMatchObject({ enrolled: true, village: 'qingshan' });
    const file = path.join(dataDir, CREDENTIALS_FILE_NAME);
    expect(existsSync(file)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await handlers()['county.status'](undefined)).toEqual(status);
    expect(log.join('\n')).toMatch(/^\[county\] enrolled as kiosk-01/);
    expect(log.join('\n')).not.toContain(fakeEnrollment().password);
  });
});
