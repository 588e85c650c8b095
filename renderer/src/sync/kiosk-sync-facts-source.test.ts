import { describe, expect, it } from 'vitest';
import { factsFromDelivery } from './kiosk-sync-facts-source';

describe('factsFromDelivery (the status screens\' facts from the sync model)', () => {
  it('tells "document pending" from "only blobs missing", both "waiting" in the sync model', () => {
    expect(factsFromDelivery('saved', 'saved', false)).toEqual({ pushed: false, blobsUploaded: false, sendAttempted: false, setAside: false });
    expect(factsFromDelivery('waiting', 'waiting', true)).toEqual({ pushed: false, blobsUploaded: true, sendAttempted: true, setAside: false });
    // Document on the server, photo still uploading: pushed, but not "received".
    expect(factsFromDelivery('waiting', 'received', false)).toEqual({ pushed: true, blobsUploaded: false, sendAttempted: true, setAside: false });
  });

  it('county stages and "received" mean the county has it; a refused report is set aside', () => {
    for (const delivery of ['received', 'in_progress', 'resolved', 'reopened'] as const) expect(factsFromDelivery(delivery, delivery, true).pushed).toBe(true);
    expect(factsFromDelivery('set-aside', 'set-aside', true)).toMatchObject({ pushed: false, setAside: true });
  });
});
