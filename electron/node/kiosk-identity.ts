import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const KIOSK_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

/**
 * The kiosk's stable id, created once per data dir. It names the kiosk in heartbeats and
 * tracking-code namespaces until enrollment assigns the county's id. Written atomically.
 */
export function loadOrCreateKioskId(dataDir: string): string {
  const file = path.join(dataDir, 'kiosk-id');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (KIOSK_ID.test(existing)) return existing;
  } catch {
    // first launch: fall through and create one
  }
  const id = `kiosk-${randomUUID().slice(0, 8)}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(`${file}.tmp`, id);
  renameSync(`${file}.tmp`, file);
  return id;
}
