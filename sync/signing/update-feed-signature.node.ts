import { signCountyDocument, verifyCountyDocument, type CountySignature, type SignatureCheck } from '#sync/signing/county-signature.node';

/**
 * The county's signed update feed (DESIGN.md §7): what the kiosk checks beyond electron-updater.
 * electron-updater's `latest.yml` is only a transport hint; the kiosk installs a file only when
 * this envelope, signed with the county key, names its version and SHA-512. `expiresAt` bounds a
 * freeze attack (an old feed replayed forever to keep a kiosk on a vulnerable version): the county
 * re-signs the feed before it expires. `nextPublicKey` lets a feed signed by the current key
 * announce the key that signs the following feeds (rotation without re-enrolling).
 */
export const UPDATE_FEED_PURPOSE = 'village-kiosk/update-feed/v1';

export interface UpdateFeedFile {
  /** File name relative to the feed's URL (no path separators). */
  url: string;
  /** base64 SHA-512 of the file, as electron-updater writes it in latest.yml. */
  sha512: string;
  size: number;
}

export interface UpdateFeed {
  version: string;
  channel: string;
  /** 0–100: the share of kiosks (by a stable hash of their id) offered this version. */
  rollout: number;
  files: UpdateFeedFile[];
  releaseDate: string;
  expiresAt: string;
  nextPublicKey?: string;
}

export interface SignedUpdateFeed {
  feed: UpdateFeed;
  signature: CountySignature;
}

export function signUpdateFeed(feed: UpdateFeed, privateKeyPem: string, signedAt: Date): SignedUpdateFeed {
  return { feed, signature: signCountyDocument(UPDATE_FEED_PURPOSE, { feed }, privateKeyPem, signedAt) };
}

export function verifyUpdateFeedSignature(doc: { feed?: unknown; signature?: unknown }, publicKey: string): SignatureCheck {
  return verifyCountyDocument(UPDATE_FEED_PURPOSE, { feed: doc.feed }, doc.signature, publicKey);
}
