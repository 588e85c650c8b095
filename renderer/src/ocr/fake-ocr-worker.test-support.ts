import type { FromOcrWorker, OcrWorkerPageResult, ToOcrWorker } from './ocr-worker-protocol';

/** A stand-in for the OCR Web Worker: answers like ocr-worker.ts, without engines. */
export class FakeOcrWorker extends EventTarget {
  static made: FakeOcrWorker[] = [];
  terminated = false;
  pages: number[] = [];
  constructor(
    private readonly behaviour: { start: 'ok' | 'fail' | 'hang'; pageMs?: number; engineName?: 'paddle' | 'tesseract' } = { start: 'ok' },
  ) {
    super();
    FakeOcrWorker.made.push(this);
  }
  private emit(data: FromOcrWorker) {
    setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data })), 0);
  }
  postMessage(message: ToOcrWorker) {
    if (message.type === 'start') {
      if (this.behaviour.start === 'ok') this.emit({ type: 'ready', ms: 5 });
      if (this.behaviour.start === 'fail') this.emit({ type: 'start-failed', error: `OCR data could not be loaded: /ocr/paddle/x.onnx (404)` });
    } else if (message.type === 'page') {
      this.pages.push(message.id);
      const id = message.id;
      this.emit({ type: 'line', id, text: '第一行', confidence: 99, done: 1, total: 2 });
      setTimeout(() => {
        if (this.cancelled.has(id)) return this.emit({ type: 'failed', id, kind: 'cancelled', error: 'OCR cancelled' });
        this.emit({ type: 'result', id, result: fakeResult(this.behaviour.engineName ?? 'paddle') });
      }, this.behaviour.pageMs ?? 5);
    } else {
      this.cancelled.add(message.id);
    }
  }
  private cancelled = new Set<number>();
  terminate() {
    this.terminated = true;
  }
}

export function fakeResult(engine: 'paddle' | 'tesseract'): OcrWorkerPageResult {
  const blob = new Blob(['x'], { type: 'image/jpeg' });
  return {
    text: '第一行\n第二行',
    confidence: 97,
    lines: [],
    engine,
    skewDegrees: 0,
    original: { blob, width: 10, height: 10 },
    processed: { blob: new Blob(['y'], { type: 'image/webp' }), width: 10, height: 10 },
    ms: 5,
    firstTextMs: 1,
  };
}
