import { describe, expect, it } from 'vitest';
import { isAllSent, NOT_ENROLLED_STATUS, overallState, reportDelivery, reportDeliveryWithoutSync } from './sync-status';

const facts = { pending: false, attempted: false, quarantined: false, blobsUploaded: true };
const none = { reports: 0, scans: 0, blobs: 0 };

describe('per-report status', () => {
  it('saved → waiting → received', () => {
    expect(reportDelivery({ status: 'submitted' }, { ...facts, pending: true })).toBe('saved');
    expect(reportDelivery({ status: 'submitted' }, { ...facts, pending: true, attempted: true })).toBe('waiting');
    expect(reportDelivery({ status: 'submitted' }, facts)).toBe('received');
  });

  it('is not received until every blob is on the server', () => {
    expect(reportDelivery({ status: 'submitted' }, { ...facts, blobsUploaded: false })).toBe('waiting');
  });

  it('shows the county’s stage once the county has acted', () => {
    expect(reportDelivery({ status: 'in_progress' }, { ...facts, pending: true })).toBe('in_progress');
    expect(reportDelivery({ status: 'resolved' }, facts)).toBe('resolved');
    expect(reportDelivery({ status: 'reopened' }, facts)).toBe('reopened');
  });

  it('without a sync a report is saved on this kiosk, or at the county stage it last heard of', () => {
    expect(reportDeliveryWithoutSync({ status: 'submitted' })).toBe('saved');
    expect(reportDeliveryWithoutSync({ status: 'resolved' })).toBe('resolved');
  });

  it('a report the server refused is set aside, not waiting', () => {
    expect(reportDelivery({ status: 'submitted' }, { ...facts, quarantined: true })).toBe('set-aside');
    // Even when the refused kiosk copy claims a county status.
    expect(reportDelivery({ status: 'resolved' }, { ...facts, quarantined: true })).toBe('set-aside');
  });
});

describe('overall status', () => {
  it('puts what a person must fix first', () => {
    expect(overallState({ failures: ['offline', 'credentials'], active: true, pending: none })).toBe('credentials-rejected');
    expect(overallState({ failures: ['server', 'offline'], active: false, pending: none })).toBe('offline');
    expect(overallState({ failures: ['server'], active: false, pending: none })).toBe('error');
    expect(overallState({ failures: [], active: false, pending: { ...none, blobs: 1 } })).toBe('syncing');
    expect(overallState({ failures: [], active: false, pending: none })).toBe('idle');
  });

  it('says "All sent" only with nothing pending and nothing set aside', () => {
    expect(isAllSent(none, 0)).toBe(true);
    expect(isAllSent({ ...none, reports: 1 }, 0)).toBe(false);
    expect(isAllSent(none, 1)).toBe(false);
    expect(NOT_ENROLLED_STATUS.allSent).toBe(false);
  });
});
