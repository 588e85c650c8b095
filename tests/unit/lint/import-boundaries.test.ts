import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importBoundaries, layoutRules } from '#eslint/import-boundaries';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...importBoundaries, ...layoutRules],
});

async function violations(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const forbidden: [string, string][] = [
  ['renderer/src/app/app.tsx', "import { app } from 'electron';"],
  ['renderer/src/app/app.tsx', "import { x } from '#electron-main/kiosk-window';"],
  ['renderer/src/app/app.tsx', "import { x } from '#host/config/config-service';"],
  ['renderer/src/app/app.tsx', "import { readFile } from 'node:fs';"],
  ['electron/node/config/x.ts', "import { ipcMain } from 'electron';"],
  ['electron/node/config/x.ts', "import { x } from '../../main/kiosk-window';"],
  ['electron/common/x.ts', "import { readFile } from 'node:fs';"],
  ['electron/common/x.ts', "import React from 'react';"],
  ['sync/schema/x.ts', "import { app } from 'electron';"],
  ['sync/replication/x.ts', "import { x } from '../../renderer/src/data/open-kiosk-database';"],
  ['kiosk-config/x.ts', "import path from 'node:path';"],
  ['tests/unit/x.test.ts', "import { app } from 'electron';"],
];

const allowed: [string, string][] = [
  ['electron/main/main.ts', "import { app } from 'electron';"],
  ['electron/preload/preload.ts', "import { contextBridge } from 'electron';"],
  ['electron/main/main.ts', "import { x } from '#host/config/config-service';"],
  ['renderer/src/app/app.tsx', "import type { KioskHostApi } from '#common/host-contract';"],
  ['renderer/src/app/app.tsx', "import { reportSchema } from '#sync/schema/report-schema';"],
  ['electron/node/config/x.ts', "import { readFile } from 'node:fs';"],
  ['sync/county-cli/county.ts', "import { readFile } from 'node:fs';"],
];

describe('import boundaries (DESIGN.md §2)', () => {
  it.each(forbidden)('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).toContain('no-restricted-imports');
  });
  it.each(allowed)('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});

describe('sibling-relative spellings inside electron/', () => {
  it.each([
    ['electron/common/x.ts', "import { x } from '../node/host-handlers';"],
    ['electron/common/x.ts', "import { x } from '../main/main';"],
    ['electron/node/browser-host/x.ts', "import { x } from '../../preload/build-kiosk-host';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).toContain('no-restricted-imports');
  });
});

describe('layering between the county side, configuration and the host', () => {
  it.each([
    ['sync/county-cli/commands/x.ts', "import { x } from '#host/config/config-service';"],
    ['sync/replication/x.ts', "import { x } from '#host/county/county-proxy';"],
    ['kiosk-config/x.ts', "import type { X } from '#common/host-contract';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).toContain('no-restricted-imports');
  });
  it.each([
    ['sync/county-cli/commands/x.ts', "import { createPinHash } from '#kiosk-config/clerk-pin-hash.node';"],
    ['electron/common/x.ts', "import { kioskConfigSchema } from '#kiosk-config/schema';"],
  ])('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});

describe('the isomorphic OCR pipeline (renderer/src/ocr/core, #ocr-core)', () => {
  it.each([
    ['renderer/src/ocr/core/x.ts', "import { readFile } from 'node:fs';"],
    ['renderer/src/ocr/core/x.ts', "import React from 'react';"],
    ['renderer/src/ocr/core/x.ts', "import * as ort from 'onnxruntime-web';"],
    ['renderer/src/ocr/core/x.ts', "import { createWorker } from 'tesseract.js';"],
    ['renderer/src/ocr/core/x.ts', "import sharp from 'sharp';"],
    ['renderer/src/ocr/core/x.ts', "import { x } from '../../app/app';"],
    ['renderer/src/ocr/core/x.ts', "import { x } from '#host/ocr/ocr-cli';"],
    ['electron/node/ocr/x.ts', "import { x } from '../../../renderer/src/ocr/core/preprocess';"],
    ['electron/node/ocr/x.ts', "import { x } from '../../../renderer/src/app/app';"],
    ['electron/main/main.ts', "import { preprocessForOcr } from '#ocr-core/preprocess';"],
    ['electron/common/x.ts', "import { findFields } from '#ocr-core/fields';"],
    ['sync/schema/x.ts', "import { findFields } from '#ocr-core/fields';"],
    ['kiosk-config/x.ts', "import { findFields } from '#ocr-core/fields';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).not.toEqual([]);
  });
  it.each([
    ['electron/node/ocr/x.ts', "import { preprocessForOcr } from '#ocr-core/preprocess';"],
    ['renderer/src/ocr/x.ts', "import { preprocessForOcr } from '#ocr-core/preprocess';"],
    ['renderer/src/ocr/core/x.ts', "import { toGray } from './gray-image';"],
    ['renderer/src/ocr/core/x.ts', "import type { OrtModule } from 'paddleocr';"],
    ['bench/x.ts', "import { characterErrors } from '#ocr-core/character-error-rate';"],
  ])('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
  it('renderer code outside the core reaches it by its name, not a relative path', async () => {
    expect(await violations('renderer/src/ocr/x.ts', "import { toGray } from './core/gray-image';")).toContain('rooms/relative-import-stays-in-room');
  });
});

describe('relative imports stay in their room (DESIGN.md §2)', () => {
  it.each([
    ['renderer/src/features/report/x.tsx', "import { x } from '../../../../sync/blobs/blob-store';"],
    ['sync/county-cli/commands/x.ts', "import { x } from '../../../kiosk-config/schema';"],
    ['electron/node/config/x.ts', "import { x } from '../../common/host-contract';"],
    ['tests/e2e/support/x.ts', "export { chromiumFlags } from '../../../playwright.config';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).toContain('rooms/relative-import-stays-in-room');
  });
  it.each([
    ['renderer/src/features/report/x.tsx', "import { x } from '../../ui/big-button';"],
    ['sync/county-cli/commands/x.ts', "import { x } from '../../couchdb/couch-client';"],
    ['renderer/src/features/report/x.tsx', "import { x } from '#sync/blobs/blob-store';"],
  ])('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
  it('code that tsx runs names a .node.ts module by its #… name (tsx does not resolve a relative ".node")', async () => {
    expect(await violations('sync/county-cli/commands/x.ts', "import { x } from '../../signing/alert-signature.node';")).toContain('rooms/relative-import-stays-in-room');
    expect(await violations('sync/county-cli/commands/x.ts', "import { x } from '#sync/signing/alert-signature.node';")).toEqual([]);
    expect(await violations('sync/signing/x.test.ts', "import { x } from './alert-signature.node';")).toEqual([]);
  });
});
