import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { UpdateFeedFile } from '#sync/signing/update-feed-signature.node';
import { refusal, type UpdateRefusal } from './update-refusal';

/** SHA-512 (base64, electron-updater's form) of a file, streamed: installers are 100+ MB. */
export async function sha512OfFile(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

/**
 * The downloaded installer must be exactly the one the signed feed names: size first (cheap),
 * then SHA-512. Checked right before installing, not only after downloading, because the file
 * sits in a cache directory in between.
 */
export async function verifyUpdateFile(file: string, expected: UpdateFeedFile): Promise<UpdateRefusal | undefined> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return refusal('download-failed', `the downloaded update is missing (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size !== expected.size) return refusal('tampered-file', `the update file has ${size} bytes, the signed feed says ${expected.size}`);
  const actual = await sha512OfFile(file);
  if (actual !== expected.sha512) return refusal('tampered-file', 'the update file does not match the SHA-512 in the signed feed');
  return undefined;
}
