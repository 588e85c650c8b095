import { md5 } from '@noble/hashes/legacy';
import { bytesToBase64 } from './blob-encoding';

/**
 * The MD5 a blob declares to the county beside its SHA-256 name (issue 8, finding 7): base64,
 * exactly what CouchDB writes after "md5-" in an attachment's `digest`, which is all a CouchDB
 * validator can see of the bytes. MD5 here only binds the bytes sent to the bytes declared (CouchDB
 * checks a declared digest as it stores); the blob's identity stays its SHA-256.
 *
 * Web Crypto (crypto.subtle) offers no MD5 and the renderer has no Node `crypto`, so it comes
 * from @noble/hashes (audited, isomorphic, no dependencies), never hand-written.
 */
export const MD5_BASE64 = /^[A-Za-z0-9+/]{22}==$/;

export function md5Base64(bytes: Uint8Array): string {
  return bytesToBase64(md5(bytes));
}

/** CouchDB's and PouchDB's attachment digest for a base64 MD5. */
export function md5Digest(md5: string): string {
  return `md5-${md5}`;
}

/** The base64 MD5 inside a `md5-<base64>` digest, or undefined for any other digest. */
export function md5FromDigest(digest: string | undefined): string | undefined {
  const md5 = digest?.startsWith('md5-') ? digest.slice(4) : undefined;
  return md5 !== undefined && MD5_BASE64.test(md5) ? md5 : undefined;
}
