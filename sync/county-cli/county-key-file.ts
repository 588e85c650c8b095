import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countyKeyId, countyPublicKeyOf, generateCountyKeyPair } from '#sync/signing/county-signature.node';
import { CliError } from './cli-errors';
import { assertOutsideRepositories, REPOSITORY_ROOT } from './enrollment-file';

/**
 * The county's signing key on county IT's machine: a PKCS#8 PEM file, mode 0600, never inside a
 * repository. Losing it means re-enrolling every kiosk, so an existing file is never replaced.
 */
export interface CountyKey {
  file: string;
  privateKeyPem: string;
  publicKey: string;
  keyId: string;
}

export function createCountyKeyFile(outPath: string, repositoryRoot = REPOSITORY_ROOT): CountyKey {
  const file = path.resolve(outPath);
  assertOutsideRepositories(path.dirname(file), repositoryRoot, 'the county signing key');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const pair = generateCountyKeyPair();
  try {
    // 'wx': never overwrite a key kiosks already trust.
    writeFileSync(file, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${file} exists: refusing to replace a county key (kiosks enrolled with it would refuse everything signed with a new one)`);
    throw new CliError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  chmodSync(file, 0o600);
  return { file, privateKeyPem: pair.privateKeyPem, publicKey: pair.publicKey, keyId: countyKeyId(pair.publicKey) };
}

export function readCountyKeyFile(keyPath: string): CountyKey {
  const file = path.resolve(keyPath);
  let privateKeyPem: string;
  try {
    privateKeyPem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read the county key (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const publicKey = countyPublicKeyOf(privateKeyPem);
    return { file, privateKeyPem, publicKey, keyId: countyKeyId(publicKey) };
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
}
