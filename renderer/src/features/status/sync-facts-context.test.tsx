import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataProvider, type KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { testReport } from './status.test-support';
import { SyncFactsProvider, useReportSyncFacts, type ReportSyncFacts, type ReportSyncFactsSource } from './sync-facts-context';

function Probe({ reportId }: { reportId: string }) {
  const facts = useReportSyncFacts(reportId);
  return <p data-testid="facts">{facts ? JSON.stringify(facts) : 'unknown'}</p>;
}

let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

async function openData(): Promise<KioskData> {
  data = await openMemoryKioskData();
  return data;
}

function renderProbe(stores: KioskData, reportId: string, source?: ReportSyncFactsSource) {
  const probe = <Probe reportId={reportId} />;
  return render(
    <DataProvider open={() => Promise.resolve(stores)} loading={<p>loading</p>} failed={() => <p>failed</p>}>
      {source ? <SyncFactsProvider source={source}>{probe}</SyncFactsProvider> : probe}
    </DataProvider>,
  );
}

const factsText = () => screen.getByTestId('facts').textContent;

describe('the sync-facts seam', () => {
  it('without a provider, reads the local stores: nothing pushed, blob flags from the blob store, following changes', async () => {
    const stores = await openData();
    const photo = await stores.blobs.putBlob(new Uint8Array([1, 2, 3]), 'image/jpeg');
    const report = testReport({ photo: { sha256: photo.sha256, mime: photo.mime, bytes: photo.bytes } });
    await stores.database.reports.insert(report);

    renderProbe(stores, report.id);
    await waitFor(() => expect(factsText()).toBe(JSON.stringify({ pushed: false, blobsUploaded: false })));

    await stores.blobs.markUploaded(photo.sha256);
    // The blob store has no upload events: the answer is re-read when the report changes.
    const doc = await stores.database.reports.findOne(report.id).exec();
    await doc!.incrementalPatch({ coReporters: [{ addedAt: '2025-03-02T00:00:00Z', kioskId: 'k-test' }] });
    await waitFor(() => expect(factsText()).toBe(JSON.stringify({ pushed: false, blobsUploaded: true })));
  });

  it('a report without photo or voice note has all its blobs uploaded', async () => {
    const stores = await openData();
    const report = testReport();
    await stores.database.reports.insert(report);
    renderProbe(stores, report.id);
    await waitFor(() => expect(factsText()).toBe(JSON.stringify({ pushed: false, blobsUploaded: true })));
  });

  it('a provided source replaces the local one, and its updates show', async () => {
    const stores = await openData();
    let push: (facts: ReportSyncFacts) => void = () => {};
    const watched: string[] = [];
    let stopped = 0;
    const source: ReportSyncFactsSource = {
      watch(reportId, onFacts) {
        watched.push(reportId);
        push = onFacts;
        onFacts({ pushed: true, blobsUploaded: false, sendAttempted: true });
        return () => void (stopped += 1);
      },
    };
    const view = renderProbe(stores, 'report-x', source);
    await waitFor(() => expect(factsText()).toBe(JSON.stringify({ pushed: true, blobsUploaded: false, sendAttempted: true })));
    push({ pushed: true, blobsUploaded: true });
    await waitFor(() => expect(factsText()).toBe(JSON.stringify({ pushed: true, blobsUploaded: true })));
    expect(watched).toEqual(['report-x']);
    view.unmount();
    expect(stopped).toBe(1);
  });
});
