import { useEffect } from 'react';
import type { RxCollection } from 'rxdb';
import { sweepUnreferencedBlobs } from '#sync/blobs/blob-sweep';
import { QUARANTINE_COLLECTION } from '#sync/replication/status/rx-quarantine-store';
import { useKioskData } from '../data/data-context';
import type { KioskDatabase } from '../data/kiosk-database-types';

/** First sweep a while after start (not while the kiosk is busy starting), then every 6 hours. */
const FIRST_SWEEP_MS = 60_000;
const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

function blobHashesOf(doc: Record<string, unknown> | undefined): string[] {
  if (!doc) return [];
  const hashes: string[] = [];
  for (const key of ['photo', 'voiceNote']) {
    const ref = doc[key] as { sha256?: unknown } | undefined;
    if (typeof ref?.sha256 === 'string') hashes.push(ref.sha256);
  }
  const pages = doc['pages'];
  if (Array.isArray(pages)) for (const page of pages as { sha256?: unknown }[]) if (typeof page.sha256 === 'string') hashes.push(page.sha256);
  return hashes;
}

/**
 * Every blob a document on this kiosk references: reports (photo, voice note), scans (pages),
 * and the refused versions the quarantine keeps for a retry (they may differ from the stored
 * document, which the county's copy can replace).
 */
export async function referencedBlobs(database: KioskDatabase): Promise<Set<string>> {
  const referenced = new Set<string>();
  const collections: RxCollection[] = [database.reports, database.scans];
  for (const collection of collections) {
    for (const doc of await collection.find().exec()) for (const sha of blobHashesOf(doc.toJSON() as Record<string, unknown>)) referenced.add(sha);
  }
  const quarantine = (database as unknown as { collections: Record<string, RxCollection | undefined> }).collections[QUARANTINE_COLLECTION];
  if (quarantine) {
    for (const doc of await quarantine.find().exec()) for (const sha of blobHashesOf((doc.toJSON() as { document?: Record<string, unknown> }).document)) referenced.add(sha);
  }
  return referenced;
}

/**
 * Keeps the local blob store from filling with what failed saves leave behind: sweeps blobs no
 * document references once past their grace period (#sync/blobs/blob-sweep.ts). Mounted once,
 * below the local stores; renders nothing.
 */
export function BlobUpkeep() {
  const { database, blobs } = useKioskData();
  useEffect(() => {
    const sweep = () =>
      void sweepUnreferencedBlobs({ store: blobs, referenced: () => referencedBlobs(database) }).then(
        (result) => {
          if (result.removed.length > 0) console.info(`[kiosk] removed ${result.removed.length} blob(s) no report references`);
        },
        (error: unknown) => console.warn('[kiosk] the blob sweep failed', error),
      );
    const first = setTimeout(sweep, FIRST_SWEEP_MS);
    const every = setInterval(sweep, SWEEP_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [database, blobs]);
  return null;
}
