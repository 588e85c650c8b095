import { createHash } from 'node:crypto';

/**
 * Staged rollout: a kiosk takes a version only when its bucket (0–9999, a SHA-256 of the version
 * and the kiosk id) is below rollout × 100. Stable: the same kiosk gets the same answer on every
 * check, and raising the percentage only adds kiosks. The version is in the hash so the same
 * villages are not always first to receive a new version.
 */
export function rolloutBucket(kioskId: string, version: string): number {
  return createHash('sha256').update(`${version}\n${kioskId}`).digest().readUInt32BE(0) % 10_000;
}

export function inRollout(kioskId: string, version: string, rolloutPercent: number): boolean {
  return rolloutBucket(kioskId, version) < Math.round(rolloutPercent * 100);
}
