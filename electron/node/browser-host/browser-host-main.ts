import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatConfigProblem } from '#kiosk-config/layer-config';
import { createFileLastGoodStore, loadConfigService } from '../config/config-service';
import { createHostEventSource, createHostHandlers } from '../host-handlers';
import { createHostServices } from '../host-services';
import { createScriptedHidSource } from '../hid/scripted-hid-source';
import { loadOrCreateKioskId } from '../kiosk-identity';
import { stopChildProcess } from '../processes/stop-child-process';
import { buildRenderer, rendererBuildIsStale } from './build-if-needed';
import { startBrowserHost } from './browser-host';
import { chromiumArgs, findChromium, openChromium, writeLauncherPage } from './chromium-launcher';

/** Fixed default port: the kiosk's origin, and with it its IndexedDB, must not change between runs. */
const DEFAULT_PORT = 5780;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function usage(): string {
  return 'usage: npm run start:browser -- [--port P] [--data-dir DIR] [--config FILE] [--no-open] [--no-build]';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      config: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const dataDir = path.resolve(values['data-dir'] ?? path.join(repoRoot, '.kiosk-data'));
  mkdirSync(dataDir, { recursive: true });

  if (!values['no-build'] && rendererBuildIsStale(repoRoot)) {
    // stderr: with --no-open, stdout is exactly the one "Kiosk ready at URL" line.
    console.error('Building the kiosk interface…');
    buildRenderer(repoRoot);
  }

  const config = await loadConfigService({
    siteFile: values.config ? path.resolve(values.config) : undefined,
    countyStore: createFileLastGoodStore(path.join(dataDir, 'county-config.json')),
  });
  for (const problem of config.current().problems) console.error(`Configuration problem: ${formatConfigProblem(problem)}`);

  const kioskId = loadOrCreateKioskId(dataDir);
  const appVersion = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const services = createHostServices({
    hostKind: 'browser',
    appVersion,
    kioskId,
    platform: process.platform,
    config,
    dataDir,
    speechMode: process.env.KIOSK_SPEECH,
    // End-to-end tests only: simulated HID devices played from a script file (never in Electron).
    ...(process.env.KIOSK_FAKE_HID ? { hidSource: createScriptedHidSource(process.env.KIOSK_FAKE_HID, (line) => console.error(line)) } : {}),
    log: (line) => console.error(line),
  });
  // What this host started for the kiosk's browser; filled in below, read by the callbacks.
  const started: { launcher?: { url: string; remove(): void }; browser?: ReturnType<typeof openChromium> } = {};
  const host = await startBrowserHost({
    rendererDir: path.join(repoRoot, 'dist/renderer'),
    port,
    handlers: createHostHandlers(services),
    events: createHostEventSource(services),
    // The code is spent: the launcher file has nothing left to hide, and nothing to offer.
    onSessionOpened: () => started.launcher?.remove(),
    log: (line) => console.error(`[host] ${line}`),
  });

  const chromium = values['no-open'] ? null : findChromium();
  // Once, whether a signal or the browser's own exit asked first.
  let stopping: Promise<void> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      started.launcher?.remove();
      // Only the browser this host started, waited for so it never outlives the host. SIGTERM
      // first: Chromium saves its profile, and so the kiosk's IndexedDB, on it.
      if (started.browser) await stopChildProcess(started.browser, 5_000);
      await host.close();
      process.exit(0);
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  if (!chromium) {
    // The one line a person (or the end-to-end tests) opens in a browser; it holds the code,
    // so whoever opens it first is the kiosk (docs/decisions/browser-session-bootstrap.md).
    console.log(`Kiosk ready at ${host.url}`);
    if (!values['no-open']) console.error('No Chromium found (set KIOSK_CHROMIUM or install chromium): open the address above in a browser.');
    return;
  }
  started.launcher = writeLauncherPage(dataDir, host.url);
  started.browser = openChromium(chromium, chromiumArgs(started.launcher.url, dataDir, process.env.KIOSK_WINDOWED !== '1'));
  started.browser.on('exit', shutdown);
  console.log(`Kiosk opened in Chromium at ${host.origin}/`);
}

main().catch((error: unknown) => {
  console.error(`Kiosk host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
