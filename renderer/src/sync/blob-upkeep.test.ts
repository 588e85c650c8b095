import { afterEach, describe, expect, it } from 'vitest';
import type { KioskData } from '../data/data-context';
import { openMemoryKioskData } from '../data/open-memory-kiosk-data';
import { testReport } from '../features/status/status.test-support';
import { referencedBlobs } from './blob-upkeep';

let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

describe('blobs the kiosk still needs', () => {
  it('are the photos and voice notes of every report', async () => {
    data = await openMemoryKioskData();
    const photo = { sha256: 'a'.repeat(64), mime: 'image/jpeg', bytes: 10 };
    const voiceNote = { sha256: 'b'.repeat(64), mime: 'audio/webm', bytes: 10, seconds: 1 };
    await data.database.reports.insert(testReport({ photo, voiceNote }));
    expect([...(await referencedBlobs(data.database))].sort()).toEqual([photo.sha256, voiceNote.sha256]);
  });
});
