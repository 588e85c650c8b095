import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countyPublicKeyOf } from '#sync/signing/county-signature.node';
import type { CliIo } from '../cli-context';
import { runCli } from '../run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'county-keygen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, now: () => new Date(), readStdin: async () => undefined };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('county keygen', () => {
  it('writes an Ed25519 key file 0600 and prints its public key; never replaces it', async () => {
    const file = path.join(dir, 'county-signing.pem');
    const first = await run(['keygen', '--out', file]);
    expect(first.code, first.err).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const publicKey = countyPublicKeyOf(readFileSync(file, 'utf8'));
    expect(first.out).toContain(publicKey);
    const before = readFileSync(file, 'utf8');
    const second = await run(['keygen', '--out', file]);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/refusing to replace a county key/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to write the key inside the repository', async () => {
    const inside = path.resolve(import.meta.dirname, 'county-signing.pem');
    const run1 = await run(['keygen', '--out', inside]);
    expect(run1.code).toBe(1);
    expect(run1.err).toMatch(/inside the repository/);
  });
});
