import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLastGoodStore, type StoreFs } from './file-last-good-store';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-last-good-'));
  file = path.join(dir, 'state', 'county-config.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Real fs, except that writing fails the way a full disk does. */
const fullDiskFs: StoreFs = {
  ...fs,
  writeSync: () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
};

describe('createFileLastGoodStore', () => {
  it('is empty before anything is saved, then returns what was saved', () => {
    const store = createFileLastGoodStore(file);
    expect(store.load()).toEqual({ status: 'empty' });
    store.save({ idle: { warningSeconds: 200 } });
    store.save({ idle: { warningSeconds: 300 } });
    expect(createFileLastGoodStore(file).load()).toEqual({ status: 'found', raw: { idle: { warningSeconds: 300 } } });
    expect(readdirSync(path.dirname(file))).toEqual(['county-config.json']);
  });

  it('keeps the previous document intact and leaves no temp file when the disk is full', () => {
    createFileLastGoodStore(file).save({ version: 'old' });
    const failing = createFileLastGoodStore(file, fullDiskFs);
    expect(() => failing.save({ version: 'new' })).toThrow(/ENOSPC/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'old' });
    expect(readdirSync(path.dirname(file))).toEqual(['county-config.json']);
  });

  it('never exposes a half-written document: the target appears only by rename', () => {
    const renames: string[] = [];
    const observing: StoreFs = {
      ...fs,
      renameSync: (from, to) => {
        // At the moment of the rename the complete document is already in the temp file.
        expect(JSON.parse(readFileSync(from, 'utf8'))).toEqual({ complete: true });
        renames.push(`${path.basename(String(from))} -> ${path.basename(String(to))}`);
        fs.renameSync(from, to);
      },
    };
    createFileLastGoodStore(file, observing).save({ complete: true });
    expect(renames).toEqual([expect.stringMatching(/^county-config\.json\..+\.tmp -> county-config\.json$/)]);
  });

  it('ignores and removes temp files left by a process killed mid-save', () => {
    createFileLastGoodStore(file).save({ version: 'good' });
    const stale = `${file}.4242-abc-def.tmp`;
    writeFileSync(stale, '{"version": "tor');
    expect(createFileLastGoodStore(file).load()).toEqual({ status: 'found', raw: { version: 'good' } });
    expect(fs.existsSync(stale)).toBe(false);
  });

  it('reports a corrupt stored file as a problem naming the file, instead of using it', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"idle": {"warningSeconds": 2');
    expect(createFileLastGoodStore(file).load()).toEqual({
      status: 'unusable',
      problem: { layer: 'county', source: file, path: '', message: 'not valid JSON at line 1, column 30: the file ends too early (expected "," or "}")' },
    });
  });

  it('reports a stored path it cannot read', () => {
    fs.mkdirSync(file, { recursive: true }); // a folder where the file should be
    const loaded = createFileLastGoodStore(file).load();
    expect(loaded).toMatchObject({ status: 'unusable', problem: { source: file, message: expect.stringContaining('EISDIR') } });
  });
});
