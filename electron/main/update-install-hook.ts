import path from 'node:path';
import type { InstallConditions } from '#host/updates/install-window';
import type { UpdateService } from '#host/updates/update-service';

/**
 * The subset of electron-updater's AppUpdater the kiosk uses, so this glue is tested with a fake
 * and never loads electron-updater (which requires `electron`) in Node tests.
 */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string; channel: string }): void;
  checkForUpdates(): Promise<unknown>;
  /** Resolves with the paths of the downloaded files. */
  downloadUpdate(): Promise<string[]>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdateCycleDeps {
  updater: AutoUpdaterLike;
  service: UpdateService;
  updateUrl: () => string;
  channel: () => string;
  conditions: () => Omit<InstallConditions, 'now'>;
  log?: (line: string) => void;
}

/**
 * electron-updater downloads and installs, but it only knows what `latest.yml` says, and anyone
 * who can write the update folder can write that. So the county-signed feed decides first
 * (signature, expiry, downgrade, rollout), electron-updater downloads only then, and our hook
 * re-checks the downloaded file's SHA-512 against the signed feed plus the install window right
 * before `quitAndInstall`. Nothing is ever installed on quit behind this check's back.
 */
export function prepareUpdater(updater: AutoUpdaterLike): void {
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
}

export async function runUpdateCycle(deps: UpdateCycleDeps): Promise<'installing' | 'nothing' | 'waiting' | 'refused'> {
  const { updater, service } = deps;
  prepareUpdater(updater);
  const offer = await service.check();
  if (!offer) return service.state().status === 'refused' ? 'refused' : 'nothing';
  updater.setFeedURL({ provider: 'generic', url: deps.updateUrl(), channel: deps.channel() });
  let files: string[];
  try {
    await updater.checkForUpdates();
    files = await updater.downloadUpdate();
  } catch (error) {
    deps.log?.(`update download failed: ${(error as Error).message}`);
    return 'nothing';
  }
  const file = files.find((candidate) => path.basename(candidate) === offer.file.url) ?? files[0];
  if (file === undefined) return 'nothing';
  if (!(await service.verifyBeforeInstall(offer, file, deps.conditions()))) {
    return service.state().status === 'waiting' ? 'waiting' : 'refused';
  }
  deps.log?.(`installing update ${offer.feed.version}`);
  updater.quitAndInstall(true, true);
  return 'installing';
}
