import semver from 'semver';
import { z } from 'zod';
import { verifyUpdateFeedSignature, type UpdateFeed } from '#sync/signing/update-feed-signature.node';
import { refusal, type UpdateRefusal } from './update-refusal';
import type { UpdateKeyRing } from './update-key-ring';

/**
 * Checks a county update feed before anything is downloaded (DESIGN.md §7). Order matters: the
 * shape is checked first (cheap, and a signature over a nonsense feed proves nothing), then who
 * signed it, then the signature, and only then what the signed feed says (channel, expiry,
 * version) — so an attacker cannot learn anything about our policy from unsigned input.
 */
export type FeedCheck =
  | { kind: 'offer'; feed: UpdateFeed; signingKey: string }
  | { kind: 'current'; feed: UpdateFeed }
  | { kind: 'refused'; refusal: UpdateRefusal };

const fileName = z.string().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path').refine((name) => name !== '.' && name !== '..');
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/);
const feedSchema = z
  .object({
    version: z.string().max(64).refine((v) => semver.valid(v) !== null, 'a semantic version'),
    channel: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
    rollout: z.number().min(0).max(100),
    files: z
      .array(z.object({ url: fileName, sha512: z.string().regex(/^[A-Za-z0-9+/]{86}==$/), size: z.number().int().min(1) }).strict())
      .min(1)
      .max(8),
    releaseDate: isoTime,
    expiresAt: isoTime,
    nextPublicKey: z.string().max(64).optional(),
  })
  .strict();

export interface FeedCheckContext {
  keyRing: UpdateKeyRing;
  currentVersion: string;
  channel: string;
  now: Date;
}

export function checkUpdateFeed(raw: unknown, ctx: FeedCheckContext): FeedCheck {
  const refuse = (...args: Parameters<typeof refusal>): FeedCheck => ({ kind: 'refused', refusal: refusal(...args) });
  if (typeof raw !== 'object' || raw === null) return refuse('malformed-feed', 'the update feed is not a JSON object');
  const doc = raw as { feed?: unknown; signature?: unknown };
  const shape = feedSchema.safeParse(doc.feed);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return refuse('malformed-feed', `the update feed field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  if (typeof doc.signature !== 'object' || doc.signature === null) return refuse('unsigned-feed', 'the update feed carries no county signature');
  const keyId = (doc.signature as { keyId?: unknown }).keyId;
  const key = ctx.keyRing.find(keyId);
  if (key === undefined) {
    return refuse('wrong-key', `the update feed is signed with key ${String(keyId).slice(0, 16)}, which this kiosk does not trust`);
  }
  const check = verifyUpdateFeedSignature(doc, key);
  if (!check.ok) return refuse('tampered-feed', check.reason);
  const feed = doc.feed as UpdateFeed;
  // Rotation is honoured as soon as the signature verifies, even if this version is not for us.
  ctx.keyRing.accepted(key, feed.nextPublicKey);
  if (feed.channel !== ctx.channel) return refuse('wrong-channel', `the feed is for channel ${feed.channel}, this kiosk follows ${ctx.channel}`);
  if (Date.parse(feed.expiresAt) <= ctx.now.getTime()) {
    return refuse('expired-feed', `the update feed expired at ${feed.expiresAt}: the county has not re-signed it (an old feed may be replayed)`);
  }
  const current = semver.valid(ctx.currentVersion) ?? '0.0.0';
  if (semver.lt(feed.version, current)) return refuse('downgrade', `the feed offers ${feed.version}, older than the running ${current}`);
  if (semver.eq(feed.version, current)) return { kind: 'current', feed };
  return { kind: 'offer', feed, signingKey: key };
}
