import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump as yamlDump } from 'js-yaml';
import semver from 'semver';
import { signUpdateFeed, type UpdateFeed, type UpdateFeedFile } from '#sync/signing/update-feed-signature.node';
import { CliError, UsageError } from '../cli-errors';
import { readCountyKeyFile } from '../county-key-file';
import { optionalOption, requiredOption, type Command } from '../command';

/** Kiosks refuse a feed past this age: the county re-runs `update publish` (same files) before. */
export const DEFAULT_FEED_DAYS = 14;
const INSTALLER = /\.(exe|AppImage|deb)$/;

export const updatePublishCommand: Command = {
  path: ['update', 'publish'],
  usage: '--version V --dir DIST --channel C [--rollout PCT] [--expires-days N] [--next-key FILE] --county-key FILE',
  summary: 'write the signed update feed (electron-updater latest.yml + the county-signed envelope) for the installers of version V in DIST',
  options: {
    version: { type: 'string' },
    dir: { type: 'string' },
    channel: { type: 'string' },
    rollout: { type: 'string' },
    'expires-days': { type: 'string' },
    'next-key': { type: 'string' },
    'county-key': { type: 'string' },
  },
  needsCouch: false,
  async run(ctx, values) {
    const version = requiredOption(values, 'version');
    if (semver.valid(version) !== version) throw new UsageError(`--version ${version}: not a semantic version such as 1.4.0`);
    const channel = requiredOption(values, 'channel');
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(channel)) throw new UsageError(`--channel ${channel}: lower-case letters, digits and "-" only`);
    const rollout = numberOption(optionalOption(values, 'rollout') ?? '100', 'rollout', 0, 100);
    const days = numberOption(optionalOption(values, 'expires-days') ?? String(DEFAULT_FEED_DAYS), 'expires-days', 1, 90);
    const key = readCountyKeyFile(requiredOption(values, 'county-key'));
    const nextKeyFile = optionalOption(values, 'next-key');
    const nextPublicKey = nextKeyFile === undefined ? undefined : readCountyKeyFile(nextKeyFile).publicKey;
    const dir = path.resolve(requiredOption(values, 'dir'));

    const files = await installersOf(dir, version);
    const now = ctx.io.now();
    const feed: UpdateFeed = {
      version,
      channel,
      rollout,
      files,
      releaseDate: now.toISOString(),
      expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
      ...(nextPublicKey === undefined ? {} : { nextPublicKey }),
    };
    const feedFile = path.join(dir, `${channel}.feed.json`);
    writeFileSync(feedFile, `${JSON.stringify(signUpdateFeed(feed, key.privateKeyPem, now), null, 2)}\n`);
    for (const [name, platformFiles] of electronUpdaterFeeds(channel, files)) {
      const first = platformFiles[0]!;
      const latest = { version, files: platformFiles, path: first.url, sha512: first.sha512, releaseDate: feed.releaseDate };
      writeFileSync(path.join(dir, name), yamlDump(latest, { lineWidth: -1 }));
      ctx.io.out(`Wrote ${name}: ${platformFiles.map((f) => f.url).join(', ')}`);
    }
    ctx.io.out(`Signed ${feedFile} with key ${key.keyId}: ${version} on ${channel}, rollout ${rollout}%, expires ${feed.expiresAt}${nextPublicKey ? `, announces next key ${nextPublicKey}` : ''}`);
    ctx.io.out(`Copy the folder to the county update URL; re-run before ${feed.expiresAt} or kiosks refuse the feed as expired.`);
  },
};

function numberOption(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`--${name} ${text}: a number from ${min} to ${max}`);
  return value;
}

/** electron-builder puts the version in every artifact name (electron-builder.yml artifactName). */
async function installersOf(dir: string, version: string): Promise<UpdateFeedFile[]> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CliError(`${dir}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const installers = names.filter((name) => INSTALLER.test(name) && name.includes(version)).sort();
  if (installers.length === 0) throw new CliError(`${dir}: no .exe, .AppImage or .deb with ${version} in its name (run \`npm run dist\` first)`);
  return Promise.all(
    installers.map(async (name) => {
      const file = path.join(dir, name);
      const hash = createHash('sha512');
      for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
      return { url: name, sha512: hash.digest('base64'), size: statSync(file).size };
    }),
  );
}

/** electron-updater's generic provider reads `C.yml` (Windows), `C-linux.yml`, `C-linux-arm64.yml`. */
function electronUpdaterFeeds(channel: string, files: UpdateFeedFile[]): Map<string, UpdateFeedFile[]> {
  const feeds = new Map<string, UpdateFeedFile[]>();
  const add = (name: string, file: UpdateFeedFile) => feeds.set(name, [...(feeds.get(name) ?? []), file]);
  for (const file of files) {
    if (file.url.endsWith('.exe')) add(`${channel}.yml`, file);
    else if (file.url.endsWith('.AppImage')) add(/arm64|aarch64/i.test(file.url) ? `${channel}-linux-arm64.yml` : `${channel}-linux.yml`, file);
  }
  return feeds;
}
