import type { BlobStore } from '#sync/blobs/blob-store';
import type { ScanDocType, ScanPage as StoredPage } from '#sync/schema/scan-schema';
import type { ScanCollection } from '../../data/kiosk-database-types';
import type { OcrWorkerPageResult } from '../../ocr/ocr-worker-protocol';

export interface ScanToFile {
  village: string;
  kioskId: string;
  title: string;
  docType: string;
  trackingCode?: string;
  villagerName?: string;
  pages: { result: OcrWorkerPageResult; text: string }[];
}

/**
 * Files a scan, with the invariant of save-report.ts: every page's images go into the blob
 * store first (content-addressed: a retry stores nothing twice), then ONE insert of the scan
 * document, the only write that makes the scan exist. The blob uploader sends the images to
 * the county with the next sync; the document replicates like every other.
 */
export async function saveScan(deps: { scans: ScanCollection; blobs: BlobStore; now?: () => Date; newId?: () => string }, scan: ScanToFile): Promise<ScanDocType> {
  const pages: StoredPage[] = [];
  for (const page of scan.pages) {
    const original = await deps.blobs.putBlob(page.result.original.blob, page.result.original.blob.type || 'image/jpeg');
    const processed = await deps.blobs.putBlob(page.result.processed.blob, page.result.processed.blob.type || 'image/webp');
    pages.push({
      sha256: original.sha256,
      mime: original.mime,
      bytes: original.bytes,
      width: page.result.original.width,
      height: page.result.original.height,
      ocrText: page.text,
      ocrConfidence: Math.max(0, Math.min(100, page.result.confidence)),
      lang: 'chi_sim+eng',
      engine: page.result.engine,
      processed: { sha256: processed.sha256, mime: processed.mime, bytes: processed.bytes, width: page.result.processed.width, height: page.result.processed.height },
    });
  }
  const doc: ScanDocType = {
    id: (deps.newId ?? (() => crypto.randomUUID()))(),
    type: 'scan',
    village: scan.village,
    kioskId: scan.kioskId,
    title: scan.title,
    docType: scan.docType,
    ...(scan.trackingCode ? { trackingCode: scan.trackingCode } : {}),
    ...(scan.villagerName ? { villagerName: scan.villagerName } : {}),
    pages,
    createdAt: (deps.now ?? (() => new Date()))().toISOString(),
  };
  await deps.scans.insert(doc);
  return doc;
}

/** Search over filed scans: title, links and every page's text, ignoring case and spaces. */
export function scanMatches(scan: ScanDocType, query: string): boolean {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (needle === '') return true;
  const haystack = [scan.title, scan.villagerName ?? '', scan.trackingCode ?? '', ...scan.pages.map((p) => p.ocrText)].join('\n').replace(/\s+/g, '').toLowerCase();
  return haystack.includes(needle);
}
