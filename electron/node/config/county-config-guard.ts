import type { ConfigState } from '#kiosk-config/config-state';
import { layerSizeProblem } from '#kiosk-config/layer-size';
import { verifyKioskConfig } from '#sync/signing/kiosk-config-signature.node';

/**
 * The only way a county configuration document reaches the configuration service (issue 8,
 * finding 3). The renderer carries county documents from replication to the host, but it is
 * not trusted to write them: the clerk PIN hash, the county URLs and the device settings would
 * otherwise be whatever a compromised renderer says. So a document is applied only when
 * 1. it is of a sane size (checked first: verifying costs a canonical serialisation),
 * 2. it is for the village this kiosk is enrolled in,
 * 3. the county's Ed25519 signature over village + configuration verifies with the public key
 *    from the enrollment file (sync/signing/), and
 * 4. it was not signed before the document in force (no replay of an older, once-valid PIN).
 * A refused document changes nothing in force; the reason becomes a configuration problem the
 * clerk sees, like an invalid layer.
 */
export interface CountyConfigDocument {
  village?: string | undefined;
  config: Record<string, unknown>;
  signature?: unknown;
}

export interface CountyConfigGuard {
  apply(doc: CountyConfigDocument): ConfigState;
}

export interface CountyConfigGuardDeps {
  config: {
    applyCountyDocument(raw: unknown): ConfigState;
    reportCountyProblem(message: string): ConfigState;
  };
  /** The enrolled village and the county's public key (base64), from the enrollment. */
  enrollment: () => { village?: string | undefined; countyPublicKey?: string | undefined };
  /** When the document in force was signed (county clock): kept across restarts. */
  signedAt: { load(): string | undefined; save(signedAt: string): void };
  log?: (line: string) => void;
}

export function createCountyConfigGuard(deps: CountyConfigGuardDeps): CountyConfigGuard {
  const refuse = (reason: string): ConfigState => {
    deps.log?.(`county configuration refused: ${reason}`);
    return deps.config.reportCountyProblem(`refused: ${reason}`);
  };
  return {
    apply(doc) {
      const tooLarge = layerSizeProblem(doc.config);
      if (tooLarge) return refuse(tooLarge);
      const { village, countyPublicKey } = deps.enrollment();
      if (village === undefined) return refuse('this kiosk is not enrolled with a county');
      if (doc.village !== village) return refuse(`the document is for village ${JSON.stringify(doc.village ?? null).slice(0, 50)}, this kiosk belongs to ${village}`);
      const check = verifyKioskConfig({ village: doc.village, config: doc.config, signature: doc.signature }, countyPublicKey);
      if (!check.ok) return refuse(check.reason);
      const signedAt = (doc.signature as { signedAt: string }).signedAt;
      const inForce = deps.signedAt.load();
      if (inForce !== undefined && Date.parse(signedAt) < Date.parse(inForce)) {
        return refuse(`the document was signed at ${signedAt}, before the one in force (${inForce})`);
      }
      const state = deps.config.applyCountyDocument(doc.config);
      // Only a document actually in force moves the mark (an invalid layer does not).
      if (state.problems.every((problem) => problem.layer !== 'county') && signedAt !== inForce) deps.signedAt.save(signedAt);
      return state;
    },
  };
}
