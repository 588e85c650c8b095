import { beforeEach, describe, expect, it } from 'vitest';
import { FakeOcrWorker } from './fake-ocr-worker.test-support';
import { createOcrPool, OcrPageError } from './ocr-pool';
import { createOcrService } from './ocr-service';

const image = new Blob(['page'], { type: 'image/jpeg' });
const asWorker = (worker: FakeOcrWorker) => worker as unknown as Worker;

beforeEach(() => {
  FakeOcrWorker.made = [];
});

describe('OCR worker pool', () => {
  it('starts every worker ahead of the first page and spreads pages over them', async () => {
    const pool = createOcrPool({ engine: 'paddle', size: 2, spawn: () => asWorker(new FakeOcrWorker({ start: 'ok', pageMs: 20 })) });
    expect(FakeOcrWorker.made).toHaveLength(2);
    await pool.ready;
    const lines: string[] = [];
    const results = await Promise.all([pool.recognize({ image, camera: true, onLine: (l) => lines.push(l.text) }), pool.recognize({ image, camera: true })]);
    expect(results.map((r) => r.text)).toEqual(['第一行\n第二行', '第一行\n第二行']);
    expect(lines).toEqual(['第一行']);
    expect(FakeOcrWorker.made.map((w) => w.pages.length)).toEqual([1, 1]);
    pool.dispose();
  });

  it('replaces a worker after its number of jobs, before the next page needs it', async () => {
    const pool = createOcrPool({ engine: 'paddle', size: 1, jobsPerWorker: 2, spawn: () => asWorker(new FakeOcrWorker()) });
    for (let i = 0; i < 3; i++) await pool.recognize({ image, camera: true });
    expect(FakeOcrWorker.made).toHaveLength(2);
    expect(FakeOcrWorker.made[0]!.terminated).toBe(true);
    expect(FakeOcrWorker.made[1]!.pages).toHaveLength(1);
    pool.dispose();
  });

  it('fails to become ready when no worker starts in time, with the reason', async () => {
    const hung = createOcrPool({ engine: 'paddle', size: 1, startTimeoutMs: 30, spawn: () => asWorker(new FakeOcrWorker({ start: 'hang' })) });
    await expect(hung.ready).rejects.toThrow('paddle did not start within 0 s');
    const broken = createOcrPool({ engine: 'paddle', size: 2, spawn: () => asWorker(new FakeOcrWorker({ start: 'fail' })) });
    await expect(broken.ready).rejects.toThrow(/could not be loaded/);
  });

  it('cancels a page being read and one still queued', async () => {
    const pool = createOcrPool({ engine: 'paddle', size: 1, spawn: () => asWorker(new FakeOcrWorker({ start: 'ok', pageMs: 50 })) });
    await pool.ready;
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.recognize({ image, camera: true, signal: running.signal });
    const second = pool.recognize({ image, camera: true, signal: queued.signal });
    const checks = [expect(first).rejects.toMatchObject({ kind: 'cancelled' }), expect(second).rejects.toBeInstanceOf(OcrPageError)];
    running.abort();
    queued.abort();
    await Promise.all(checks);
    pool.dispose();
    await expect(pool.recognize({ image, camera: true })).rejects.toMatchObject({ kind: 'stopped' });
  });
});

describe('OCR service', () => {
  it('falls back to the other engine when the preferred one cannot start, and says why', async () => {
    const service = createOcrService({
      preferred: 'paddle',
      fallback: 'tesseract',
      size: 1,
      spawn: () => asWorker(FakeOcrWorker.made.length === 0 ? new FakeOcrWorker({ start: 'fail' }) : new FakeOcrWorker({ start: 'ok', engineName: 'tesseract' })),
    });
    const result = await service.recognize({ image, camera: true });
    expect(result.engine).toBe('tesseract');
    expect(service.state()).toMatchObject({ phase: 'ready', engine: 'tesseract', fellBackFrom: { engine: 'paddle', reason: expect.stringContaining('could not be loaded') } });
    service.dispose();
  });

  it('is unavailable, with both reasons, when neither engine starts', async () => {
    const service = createOcrService({ preferred: 'paddle', fallback: 'tesseract', size: 1, spawn: () => asWorker(new FakeOcrWorker({ start: 'fail' })) });
    await expect(service.recognize({ image, camera: true })).rejects.toThrow();
    expect(service.state()).toMatchObject({ phase: 'unavailable', reasons: [expect.any(String), expect.any(String)] });
  });
});
