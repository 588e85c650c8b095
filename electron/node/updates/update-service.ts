import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { UpdateFeed, UpdateFeedFile } from '#sync/signing/update-feed-signature.node';
import { mayInstallNow, type InstallConditions } from './install-window';
import { pickUpdateFile } from './pick-update-file';
import { inRollout } from './staged-rollout';
import type { UpdateKeyRing } from './update-key-ring';
import { refusal } from './update-refusal';
import type { UpdateState } from './update-state';
import { checkUpdateFeed } from './verify-update-feed';
import { verifyUpdateFile } from './verify-update-file';

/**
 * The kiosk's update logic without Electron: fetch the county's signed feed, decide whether this
 * kiosk takes the version, fetch and verify the installer, and say when it may be installed. The
 * Electron glue (electron/main/update-install-hook.ts) lets electron-updater download and install
 * but asks this service first and verifies the file again right before `quitAndInstall`.
 */
export const FEED_FILE_SUFFIX = '.feed.json';
const MAX_FEED_BYTES = 64 * 1024;

export interface UpdateServiceDeps {
  /** The county update URL from configuration; '' = updates not configured. */
  updateUrl: () => string;
  channel: () => string;
  kioskId: string;
  currentVersion: string;
  platform: string;
  arch: string;
  keyRing: UpdateKeyRing;
  /** Versions that failed to start here and were rolled back (start-attempts.ts). */
  blockedVersions: () => readonly string[];
  cacheDir: string;
  fetch: typeof fetch;
  now: () => Date;
  log?: (line: string) => void;
}

export interface UpdateOffer {
  feed: UpdateFeed;
  file: UpdateFeedFile;
}

export interface UpdateService {
  state(): UpdateState;
  /** Fetches and checks the feed; resolves with the offer this kiosk should take, if any. */
  check(): Promise<UpdateOffer | undefined>;
  /** Downloads the offered file into the cache and verifies it; resolves with its path. */
  download(offer: UpdateOffer): Promise<string | undefined>;
  /** The last gate before installing: file hash again, then quiet hours, idle and sync. */
  verifyBeforeInstall(offer: UpdateOffer, file: string, conditions: Omit<InstallConditions, 'now'>): Promise<boolean>;
  /** Records a rollback found at start (heartbeat). */
  reportRolledBack(rolledBack: { from: string; to: string; at: string }): void;
}

export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  let state: UpdateState = { status: deps.updateUrl() === '' ? 'not-configured' : 'up-to-date' };
  const set = (next: UpdateState) => {
    state = { ...next, rolledBack: next.rolledBack ?? state.rolledBack, checkedAt: deps.now().toISOString() };
    if (next.refusal) deps.log?.(`update refused (${next.refusal.code}): ${next.refusal.message}`);
  };
  const refuse = (...args: Parameters<typeof refusal>) => set({ status: 'refused', refusal: refusal(...args) });
  const base = () => deps.updateUrl().replace(/\/*$/, '/');

  return {
    state: () => state,
    async check() {
      if (deps.updateUrl() === '') {
        set({ status: 'not-configured' });
        return undefined;
      }
      let raw: unknown;
      try {
        const res = await deps.fetch(new URL(`${deps.channel()}${FEED_FILE_SUFFIX}`, base()));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const text = await res.text();
        if (text.length > MAX_FEED_BYTES) return void refuse('malformed-feed', `the update feed is larger than ${MAX_FEED_BYTES} bytes`);
        raw = JSON.parse(text) as unknown;
      } catch (error) {
        // Offline is normal for a village kiosk: not a refusal, just nothing new.
        deps.log?.(`update feed not reachable: ${(error as Error).message}`);
        return undefined;
      }
      const check = checkUpdateFeed(raw, { keyRing: deps.keyRing, currentVersion: deps.currentVersion, channel: deps.channel(), now: deps.now() });
      if (check.kind === 'refused') return void set({ status: 'refused', refusal: check.refusal });
      if (check.kind === 'current') return void set({ status: 'up-to-date', version: check.feed.version });
      const { feed } = check;
      if (deps.blockedVersions().includes(feed.version)) {
        return void refuse('downgrade', `version ${feed.version} failed to start on this kiosk and was rolled back`);
      }
      if (!inRollout(deps.kioskId, feed.version, feed.rollout)) return void set({ status: 'not-in-rollout', version: feed.version });
      const file = pickUpdateFile(feed.files, deps.platform, deps.arch);
      if (!file) return void refuse('malformed-feed', `the feed has no installer for ${deps.platform}-${deps.arch}`);
      set({ status: 'ready', version: feed.version });
      return { feed, file };
    },
    async download(offer) {
      await mkdir(deps.cacheDir, { recursive: true });
      const target = path.join(deps.cacheDir, offer.file.url);
      const partial = `${target}.partial`;
      try {
        const res = await deps.fetch(new URL(encodeURIComponent(offer.file.url), base()));
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        await pipeline(Readable.fromWeb(res.body as WebReadableStream), createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        refuse('download-failed', `the update could not be downloaded: ${(error as Error).message}`);
        return undefined;
      }
      const bad = await verifyUpdateFile(target, offer.file);
      if (bad) return void set({ status: 'refused', version: offer.feed.version, refusal: bad });
      return target;
    },
    async verifyBeforeInstall(offer, file, conditions) {
      const bad = await verifyUpdateFile(file, offer.file);
      if (bad) {
        set({ status: 'refused', version: offer.feed.version, refusal: bad });
        return false;
      }
      const decision = mayInstallNow({ ...conditions, now: deps.now() });
      if (!decision.ok) {
        set({ status: 'waiting', version: offer.feed.version, waitingFor: decision.waitingFor });
        return false;
      }
      set({ status: 'installing', version: offer.feed.version });
      return true;
    },
    reportRolledBack(rolledBack) {
      set({ ...state, status: 'rolled-back', rolledBack });
    },
  };
}
