import { BLOB_ATTACHMENT } from './blob-store';
import { md5Digest } from './blob-md5';

/**
 * One blob as a CouchDB `multipart/related` document PUT: the blob document (its declared `md5`)
 * as JSON, then the attachment's raw bytes (no base64 on the wire).
 *
 * Why this shape (measured on CouchDB 3.4.3, sync/couchdb/README.md): it is the only upload in
 * which validate_doc_update sees a `digest` (the one declared here, in the JSON), and CouchDB
 * checks that digest against the bytes as it stores them, storing nothing when they differ. A raw
 * attachment PUT (Content-MD5 is ignored) and an inline base64 attachment both reach the
 * validator without a digest. One request per blob also keeps the document and its bytes atomic:
 * there is never a declared blob without its attachment.
 *
 * The Content-Disposition headers are for pouchdb-server (its multipart parser needs them to
 * find the document and the file; CouchDB ignores them).
 */
export interface BlobMultipartInput {
  sha256: string;
  md5: string;
  mime: string;
  bytes: Uint8Array;
  /** The revision replaced (an empty copy the server kept), if any. */
  rev?: string;
}

export interface MultipartBody {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export function blobMultipart(input: BlobMultipartInput, random: () => string = randomBoundary): MultipartBody {
  const doc = {
    _id: input.sha256,
    ...(input.rev ? { _rev: input.rev } : {}),
    type: 'blob',
    md5: input.md5,
    _attachments: { [BLOB_ATTACHMENT]: { follows: true, content_type: input.mime, length: input.bytes.length, digest: md5Digest(input.md5) } },
  };
  const encoder = new TextEncoder();
  // The boundary must not occur in the bytes; a random one is checked anyway (cheap, certain).
  let boundary = random();
  while (contains(input.bytes, encoder.encode(`--${boundary}`))) boundary = random();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="doc"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(doc)}\r\n` +
      `--${boundary}\r\nContent-Disposition: attachment; name="${BLOB_ATTACHMENT}"; filename="${BLOB_ATTACHMENT}"\r\nContent-Type: ${input.mime}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + input.bytes.length + tail.length);
  body.set(head, 0);
  body.set(input.bytes, head.length);
  body.set(tail, head.length + input.bytes.length);
  return { contentType: `multipart/related; boundary=${boundary}`, body };
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `blob-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
