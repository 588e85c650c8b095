import { useCallback, useEffect, useRef, useState } from 'react';
import type { OcrService } from '../../ocr/ocr-service';
import { OcrPageError } from '../../ocr/ocr-pool';
import type { OcrFailureKind, OcrWorkerPageResult } from '../../ocr/ocr-worker-protocol';

export interface ScanPage {
  id: string;
  name: string;
  source: Blob;
  previewUrl: string;
  status: 'reading' | 'done' | 'failed';
  progress: { done: number; total: number };
  /** Lines as they arrive, before the page is done (first text). */
  partial: string[];
  result?: OcrWorkerPageResult;
  /** The clerk's text: the engine's, then edited. */
  text: string;
  failure?: { kind: OcrFailureKind | 'stopped'; message: string };
}

export interface ScanPages {
  pages: ScanPage[];
  add(source: Blob, name: string): void;
  retake(id: string, source: Blob): void;
  remove(id: string): void;
  move(id: string, by: -1 | 1): void;
  setText(id: string, text: string): void;
  cancelAll(): void;
  clear(): void;
}

/**
 * The pages of the document being scanned, in memory until filed. A page is sent to OCR the
 * moment it is captured; a failed page (unreadable file, blank page, engine error) stays in the
 * list with its reason, and nothing already captured is ever dropped by a later failure (the
 * camera unplugged, another page's bad file).
 */
export function useScanPages(service: OcrService | null): ScanPages {
  const [pages, setPages] = useState<ScanPage[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  /** Pages captured before an engine was there: read once it is. */
  const waiting = useRef(new Map<string, Blob>());
  const update = useCallback((id: string, change: (page: ScanPage) => ScanPage) => setPages((list) => list.map((p) => (p.id === id ? change(p) : p))), []);

  const read = useCallback(
    (id: string, source: Blob) => {
      if (!service) {
        waiting.current.set(id, source);
        return;
      }
      controllers.current.get(id)?.abort();
      const controller = new AbortController();
      controllers.current.set(id, controller);
      service
        .recognize({
          image: source,
          camera: true,
          signal: controller.signal,
          onLine: (line) => update(id, (p) => ({ ...p, progress: { done: line.done, total: line.total }, partial: [...p.partial, line.text] })),
        })
        .then(
          (result) => update(id, (p) => ({ ...p, status: 'done', result, text: result.text, progress: { done: result.lines.length, total: result.lines.length } })),
          (error: unknown) => {
            if (controller.signal.aborted && controllers.current.get(id) !== controller) return; // a retake replaced it
            const kind = error instanceof OcrPageError ? error.kind : 'engine';
            update(id, (p) => ({ ...p, status: 'failed', failure: { kind, message: error instanceof Error ? error.message : String(error) } }));
          },
        )
        .finally(() => {
          if (controllers.current.get(id) === controller) controllers.current.delete(id);
        });
    },
    [service, update],
  );

  const add = useCallback(
    (source: Blob, name: string) => {
      const id = crypto.randomUUID();
      setPages((list) => [...list, { id, name, source, previewUrl: URL.createObjectURL(source), status: 'reading', progress: { done: 0, total: 0 }, partial: [], text: '' }]);
      read(id, source);
    },
    [read],
  );

  const retake = useCallback(
    (id: string, source: Blob) => {
      setPages((list) =>
        list.map((p) => {
          if (p.id !== id) return p;
          URL.revokeObjectURL(p.previewUrl);
          return { ...p, source, previewUrl: URL.createObjectURL(source), status: 'reading', progress: { done: 0, total: 0 }, partial: [], result: undefined, text: '', failure: undefined };
        }),
      );
      read(id, source);
    },
    [read],
  );

  const remove = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
    waiting.current.delete(id);
    setPages((list) => {
      const page = list.find((p) => p.id === id);
      if (page) URL.revokeObjectURL(page.previewUrl);
      return list.filter((p) => p.id !== id);
    });
  }, []);

  const move = useCallback((id: string, by: -1 | 1) => {
    setPages((list) => {
      const from = list.findIndex((p) => p.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  }, []);

  const setText = useCallback((id: string, text: string) => update(id, (p) => ({ ...p, text })), [update]);
  const cancelAll = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
  }, []);
  const clear = useCallback(() => {
    cancelAll();
    setPages((list) => {
      for (const page of list) URL.revokeObjectURL(page.previewUrl);
      return [];
    });
  }, [cancelAll]);

  useEffect(() => {
    if (!service) return;
    const queued = [...waiting.current];
    waiting.current.clear();
    for (const [id, source] of queued) read(id, source);
  }, [service, read]);
  useEffect(() => () => cancelAll(), [cancelAll]);

  return { pages, add, retake, remove, move, setText, cancelAll, clear };
}
