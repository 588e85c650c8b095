import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatConfigProblem } from '#kiosk-config/layer-config';
import { createFileLastGoodStore, loadConfigService } from '../config/config-service';
import { createHostEventSource, createHostHandlers } from '../host-handlers';
import { createHostServices } from '../host-services';
import { loadOrCreateKioskId } from '../kiosk-identity';
import { buildRenderer, rendererBuildIsStale } from './build-if-needed';
import { startBrowserHost } from './browser-host';
import { chromiumArgs, findChromium, openChromium } from './chromium-launcher';

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
    console.log('Building the kiosk interface…');
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
    log: (line) => console.error(line),
  });
  const host = await startBrowserHost({
    rendererDir: path.join(repoRoot, 'dist/renderer'),
    port,
    handlers: createHostHandlers(services),
    events: createHostEventSource(services),
    log: (line) => console.error(`[host] ${line}`),
  });
  console.log(`Kiosk ready at ${host.url}`);

  const shutdown = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  if (!values['no-open']) {
    const chromium = findChromium();
    if (!chromium) {
      console.log('No Chromium found (set KIOSK_CHROMIUM or install chromium); open the address above in a browser.');
      return;
    }
    const browser = openChromium(chromium, chromiumArgs(host.url, dataDir, process.env.KIOSK_WINDOWED !== '1'));
    browser.on('exit', shutdown);
  }
}

main().catch((error: unknown) => {
  console.error(`Kiosk host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
