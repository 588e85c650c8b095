import { countyKeyId, isCountyPublicKey } from '#sync/signing/county-signature.node';

/**
 * The county keys a kiosk accepts update feeds from, oldest first. It starts with the key from
 * the enrollment file. A feed verified by a trusted key may announce `nextPublicKey`: that key is
 * trusted from then on (rotation without re-enrolling). Once a feed signed by a newer key
 * verifies, every older key is dropped, so a retired (perhaps leaked) key can no longer sign.
 */
export interface UpdateKeyRing {
  keys(): readonly string[];
  /** The trusted key with this fingerprint, if any. */
  find(keyId: unknown): string | undefined;
  /** Called after a feed signed with `usedKey` verified; `announced` is its nextPublicKey. */
  accepted(usedKey: string, announced: string | undefined): void;
}

export interface KeyRingStorage {
  load(): string[] | undefined;
  save(keys: string[]): void;
}

export function memoryKeyRingStorage(initial?: string[]): KeyRingStorage & { saved: string[][] } {
  let stored = initial ? [...initial] : undefined;
  const saved: string[][] = [];
  return {
    saved,
    load: () => (stored ? [...stored] : undefined),
    save: (keys) => {
      stored = [...keys];
      saved.push([...keys]);
    },
  };
}

export function createUpdateKeyRing(enrollmentKey: string | undefined, storage: KeyRingStorage): UpdateKeyRing {
  const valid = (keys: string[] | undefined) => (keys ?? []).filter(isCountyPublicKey);
  let keys = valid(storage.load());
  if (keys.length === 0) keys = valid(enrollmentKey === undefined ? [] : [enrollmentKey]);
  return {
    keys: () => keys,
    find: (keyId) => keys.find((key) => countyKeyId(key) === keyId),
    accepted(usedKey, announced) {
      const index = keys.indexOf(usedKey);
      if (index < 0) return;
      let next = keys.slice(index);
      if (announced !== undefined && isCountyPublicKey(announced) && !next.includes(announced)) next = [...next, announced];
      if (next.join() !== keys.join()) {
        keys = next;
        storage.save(next);
      }
    },
  };
}
