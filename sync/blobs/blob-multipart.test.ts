import { describe, expect, it } from 'vitest';
import { blobMultipart } from './blob-multipart';
import { md5Base64 } from './blob-md5';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('blobMultipart', () => {
  const bytes = new TextEncoder().encode('the real photo bytes');
  const md5 = md5Base64(bytes);

  it('declares the md5 in the document and as the attachment digest, then carries the raw bytes', () => {
    const { contentType, body } = blobMultipart({ sha256: 'a'.repeat(64), md5, mime: 'image/jpeg', bytes }, () => 'B1');
    expect(md5).toBe('1U1o5H3pfJqhaoP0kKXqEg=='); // what CouchDB 3.4.3 reports for these bytes
    expect(contentType).toBe('multipart/related; boundary=B1');
    const [, docPart, filePart, end] = text(body).split('--B1');
    const json = JSON.parse(docPart!.split('\r\n\r\n')[1]!.trim()) as Record<string, unknown>;
    expect(json).toEqual({
      _id: 'a'.repeat(64),
      type: 'blob',
      md5,
      _attachments: { data: { follows: true, content_type: 'image/jpeg', length: bytes.length, digest: `md5-${md5}` } },
    });
    expect(filePart).toBe('\r\nContent-Disposition: attachment; name="data"; filename="data"\r\nContent-Type: image/jpeg\r\n\r\nthe real photo bytes\r\n');
    expect(end).toBe('--\r\n');
  });

  it('carries the revision it replaces and never uses a boundary that occurs in the bytes', () => {
    const tricky = new TextEncoder().encode('xx--B1yy');
    const boundaries = ['B1', 'B2'];
    const { contentType, body } = blobMultipart({ sha256: 'b'.repeat(64), md5: md5Base64(tricky), mime: 'image/png', bytes: tricky, rev: '1-abc' }, () => boundaries.shift()!);
    expect(contentType).toBe('multipart/related; boundary=B2');
    expect(text(body)).toContain('"_rev":"1-abc"');
    expect(text(body)).toContain('xx--B1yy');
  });
});
