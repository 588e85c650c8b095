import type { CountyRequest, CountyResponse, EnrollmentStatus } from '#common/county-proxy-contract';

/**
 * Everything the kiosk does with the county server goes through this service in the host:
 * enrollment (credentials are stored here and never leave the host) and the fetch proxy the
 * renderer's replication uses.
 */
export interface CountyService {
  status(): EnrollmentStatus;
  enroll(enrollmentJson: string): Promise<EnrollmentStatus>;
  request(request: CountyRequest): Promise<CountyResponse>;
  /** The county's Ed25519 public key (base64) from the enrollment, if it carried one. */
  signingKey(): string | undefined;
}

/** A kiosk that has not been enrolled: it works fully offline and refuses county requests. */
export function createUnenrolledCountyService(): CountyService {
  return {
    status: () => ({ enrolled: false }),
    enroll: async () => {
      throw new Error('enrollment is not available on this host');
    },
    request: async () => {
      throw new Error('this kiosk is not enrolled with a county server');
    },
    signingKey: () => undefined,
  };
}
