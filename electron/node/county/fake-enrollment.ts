import type { Enrollment } from './enrollment-file';

/** A valid enrollment for tests (the password is a marker that tests search responses and logs for). */
export function fakeEnrollment(overrides: Partial<Enrollment> = {}): Enrollment {
  return {
    couchUrl: 'https://county.example:6984/',
    village: 'qingshan',
    kioskId: 'kiosk-01',
    username: 'kiosk-qingshan-kiosk-01',
    password: 'SECRET-pw-5f1e0c3a9b',
    databases: {
      reports: 'village-qingshan-reports',
      scans: 'village-qingshan-scans',
      heartbeats: 'village-qingshan-heartbeats',
      config: 'village-qingshan-config',
      blobs: 'village-qingshan-blobs',
      notices: 'village-qingshan-notices',
      policies: 'county-policies',
      alerts: 'county-alerts',
    },
    ...overrides,
  };
}
