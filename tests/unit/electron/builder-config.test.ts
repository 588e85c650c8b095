import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-builder-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(configFile?: string) {
  const args = ['scripts/validate-builder-config.mjs', ...(configFile ? [configFile] : [])];
  return spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
}

function writeConfig(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

type BuilderConfig = {
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string };
  artifactName: string;
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[] };
  nsis: { artifactName: string };
};
const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", () => {
    const result = validate();
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/electron-builder\.yml: OK/);
    expect(result.status).toBe(0);
  }, 30_000);

  it('is rejected with readable messages when a key is misspelt, mistyped or missing', () => {
    const broken = writeConfig(
      'broken.yml',
      ['appId: cn.gov.village.kiosk', 'asar: "yes"', 'electronFuses:', '  runAsNodee: false', 'publish:', '  provider: generic', 'linux:', '  targte: deb'].join('\n'),
    );
    const result = validate(broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/electronFuses must NOT have additional properties: "runAsNodee"');
    expect(result.stderr).toContain('/linux must NOT have additional properties: "targte"');
    expect(result.stderr).toContain("/publish must have required property 'url'");
    expect(result.stderr).toMatch(/\/asar must be object or null,boolean/);
  }, 30_000);

  it('is rejected when the YAML itself does not parse', () => {
    const result = validate(writeConfig('unparsable.yml', 'appId: [\n'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('invalid electron-builder configuration');
  }, 30_000);

  it('sets the security fuses, asar and no native rebuild', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.publish).toMatchObject({ provider: 'generic', url: 'https://county.example.invalid/updates' });
  });

  it('builds NSIS for Windows and AppImage + deb for Linux x64 and arm64, the version in every artifact name', () => {
    const targets = (platform: { target: { target: string; arch: string[] }[] }) => platform.target.map((t) => `${t.target}:${t.arch.join('+')}`);
    expect(targets(config.win)).toEqual(['nsis:x64']);
    expect(targets(config.linux)).toEqual(['AppImage:x64+arm64', 'deb:x64+arm64']);
    expect(config.artifactName).toContain('${version}');
    expect(config.nsis.artifactName).toContain('${version}');
  });

  it("ships only dist/ and node-hid, by electron-builder's own file matcher", () => {
    // app-builder-lib's matcher functions are internal; the version is pinned by the lockfile.
    const matcher = require('app-builder-lib/out/fileMatcher') as {
      getMainFileMatchers(...args: unknown[]): Array<{ createFilter(): (file: string, stat: object) => boolean }>;
      getNodeModuleFileMatcher(...args: unknown[]): { createFilter(): (file: string, stat: object) => boolean };
    };
    const appDir = path.join(dir, 'app');
    const info = { config: { files: config.files }, projectDir: appDir, buildResourcesDir: 'build', isPrepackedAppAsar: false, debugLogger: { isEnabled: false } };
    const identity = (value: string) => value;
    const [main] = matcher.getMainFileMatchers(appDir, path.join(dir, 'out'), identity, {}, { info }, path.join(appDir, 'release'), false);
    const appFilter = main!.createFilter();
    const shipsAppFile = (relative: string) => appFilter(path.join(appDir, relative), { isDirectory: () => false });
    expect(['package.json', 'dist/electron/main/main.cjs', 'dist/electron/preload/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/core.wasm'].filter((f) => !shipsAppFile(f))).toEqual([]);
    expect(['electron/main/main.ts', 'renderer/src/main.tsx', 'tests/unit/x.test.ts', 'dist/electron/main/main.cjs.map', 'electron-builder.yml', '.kiosk-data/kiosk-id'].filter(shipsAppFile)).toEqual([]);

    const moduleFilter = matcher.getNodeModuleFileMatcher(appDir, path.join(dir, 'out'), identity, {}, info).createFilter();
    const shipsModuleFile = (relative: string) => moduleFilter(path.join(appDir, relative), { isDirectory: () => false, moduleFullFilePath: relative });
    expect(['node_modules/node-hid/nodehid.js', 'node_modules/node-hid/prebuilds/HID-win32-x64/node-napi-v4.node', 'node_modules/pkg-prebuilds/bindings.js'].filter((f) => !shipsModuleFile(f))).toEqual([]);
    // Bundled into dist/ already: shipping them again would only grow the installer.
    expect(['node_modules/react/index.js', 'node_modules/zod/index.js', 'node_modules/@tesseract.js-data/chi_sim/4.0.0/chi_sim.traineddata.gz', 'node_modules/rxdb/package.json'].filter(shipsModuleFile)).toEqual([]);
  });
});
