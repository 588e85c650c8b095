import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron';
import { formatConfigProblem } from '#kiosk-config/layer-config';
import type { KioskConfig } from '#kiosk-config/schema';
import { createFileLastGoodStore, loadConfigService } from '#host/config/config-service';
import { createHostEventSource, createHostHandlers } from '#host/host-handlers';
import { createHostServices } from '#host/host-services';
import { safeStorageBox } from './safe-storage-box';
import { loadOrCreateKioskId } from '#host/kiosk-identity';
import { createKioskUpdates, type KioskUpdates } from '#host/updates/kiosk-updates';
import { runUpdateCycle } from './update-install-hook';
import { APP_ENTRY_URL } from './app-origin';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { wireHostIpc } from './ipc-wiring';
import { KioskContentsRegistry } from './kiosk-contents-registry';
import { createKioskExit } from './kiosk-exit';
import { LOCKDOWN_SWITCHES } from './kiosk-shortcuts';
import { createKioskWindow } from './kiosk-window';
import { createRendererCrashLog, recoverFromRendererCrashes } from './renderer-crash-recovery';
import { installPermissionPolicy } from './permissions';
import { guardWebContents } from './web-contents-guards';

// Composition root of the Electron host: the only main-process file that imports electron.
// Every decision lives in the modules above, each tested in plain Node with fakes.

const log = (line: string) => console.error(`[kiosk] ${line}`);

// Privileged schemes and Chromium switches are accepted only before `ready`.
registerAppScheme(protocol);
for (const [name, value] of LOCKDOWN_SWITCHES) app.commandLine.appendSwitch(name, value);

let kioskWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const dataDir = app.getPath('userData');
  // No application menu: it carries Reload, Toggle DevTools and Zoom accelerators.
  Menu.setApplicationMenu(null);
  installPermissionPolicy(session.defaultSession, log);
  installAppProtocol(protocol, path.join(appRoot, 'dist/renderer'));

  const defaultSiteFile = path.join(dataDir, 'site-config.json');
  const config = await loadConfigService({
    siteFile: process.env.KIOSK_SITE_CONFIG ?? (existsSync(defaultSiteFile) ? defaultSiteFile : undefined),
    countyStore: createFileLastGoodStore(path.join(dataDir, 'county-config.json')),
  });
  for (const problem of config.current().problems) log(`configuration problem: ${formatConfigProblem(problem)}`);
  const rendererCrashes = createRendererCrashLog();
  const kioskId = loadOrCreateKioskId(dataDir);
  // Reads the enrollment (county key) only when a feed is checked, after services exist.
  const updates = createKioskUpdates({
    dataDir,
    appVersion: app.getVersion(),
    kioskId,
    platform: process.platform,
    arch: process.arch,
    config: () => config.current().config,
    countyPublicKey: () => services.county.signingKey(),
    log,
  });
  const services = createHostServices({
    hostKind: 'electron',
    appVersion: app.getVersion(),
    kioskId,
    platform: process.platform,
    config,
    dataDir,
    // County credentials are encrypted with the OS keychain (DPAPI on Windows, libsecret on Linux).
    credentialBox: safeStorageBox(safeStorage, log),
    log,
    rendererRestarts: () => rendererCrashes.list(),
    updates: () => updates.service.state(),
  });
  if (updates.start.action === 'roll-back') {
    // The previous installer is not kept yet: the kiosk keeps running, blocks the bad version
    // from being offered again and reports the failed starts in the heartbeat for county IT.
    log(`version ${app.getVersion()} failed to start twice; previous version ${updates.start.to.version} must be reinstalled`);
  }
  if (app.isPackaged) scheduleUpdates(updates, () => services.health.pendingSync(), () => config.current().config);

  const kioskContents = new KioskContentsRegistry();
  // The hidden clerk exit: the chord only asks the renderer for the clerk PIN; the host leaves
  // kiosk mode when its own PIN check (with the lockout) says yes (kiosk-exit.ts).
  const exitListeners = new Set<() => void>();
  const kioskExit = createKioskExit({
    clerk: services.clerk,
    window: () => kioskWindow,
    showClerkPin: () => {
      for (const listener of exitListeners) listener();
    },
    log,
  });
  const exitRequests = (listener: () => void) => {
    exitListeners.add(listener);
    return () => exitListeners.delete(listener);
  };
  wireHostIpc({
    ipcMain,
    handlers: createHostHandlers({ ...services, clerk: kioskExit.clerk }),
    events: createHostEventSource(services, exitRequests),
    kioskContents,
    log,
  });

  kioskWindow = createKioskWindow({
    BrowserWindow,
    preloadPath: path.join(appRoot, 'dist/electron/preload/preload.cjs'),
    // DevTools only in a development run: never in a packaged kiosk, whatever the environment says.
    devTools: !app.isPackaged && process.env.KIOSK_DEVTOOLS === '1',
    onClerkExit: () => kioskExit.request(),
    log,
  });
  kioskContents.add(kioskWindow.webContents);
  // A dead renderer is reloaded, not left as a blank screen; the heartbeat reports it.
  recoverFromRendererCrashes(kioskWindow.webContents, rendererCrashes, { log });
  kioskWindow.on('closed', () => {
    kioskWindow = null;
  });
  await kioskWindow.loadURL(APP_ENTRY_URL);
  // A start counts as good once the interface has run for a minute (start-attempts.ts).
  setTimeout(() => updates.markHealthy(), 60_000).unref();
}

/** Checks the county feed every `updates.checkMinutes`; electron-updater is loaded only then. */
function scheduleUpdates(updates: KioskUpdates, pendingSync: () => number, current: () => KioskConfig): void {
  const cycle = async () => {
    const cfg = current();
    if (cfg.county.updateUrl === '') return;
    const { autoUpdater } = await import('electron-updater');
    await runUpdateCycle({
      updater: autoUpdater,
      service: updates.service,
      updateUrl: () => cfg.county.updateUrl,
      channel: () => cfg.updates.channel,
      conditions: () => ({ quietHours: cfg.updates.quietHours, idleSeconds: powerMonitor.getSystemIdleTime(), minIdleSeconds: cfg.updates.minIdleSeconds, pendingSync: pendingSync() }),
      log,
    });
  };
  const tick = () => void cycle().catch((error: unknown) => log(`update check failed: ${error instanceof Error ? error.message : String(error)}`));
  setInterval(tick, current().updates.checkMinutes * 60_000).unref();
}

if (!app.requestSingleInstanceLock()) {
  // A second launch (a double-tapped shortcut) hands over to the running kiosk and leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!kioskWindow) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.focus();
  });
  // Every WebContents Electron creates, not only ours, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}
