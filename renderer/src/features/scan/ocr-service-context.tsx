import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useConfig } from '../../app/config-context';
import { createOcrService, spawnOcrWorker, type OcrService, type OcrServiceState } from '../../ocr/ocr-service';

const OcrServiceContext = createContext<OcrService | null>(null);

/**
 * Starts the OCR workers as soon as the clerk area is unlocked, ahead of the first capture
 * (first text ≤ 2 s needs warm workers), and stops them when the clerk leaves. One worker per
 * core, at most two: each PP-OCR worker holds its models (~100 MB).
 */
export function OcrServiceProvider({ children, create }: { children: ReactNode; create?: () => OcrService }) {
  const preferred = useConfig().scan.preferredEngine;
  // Made once per unlock (lazy state); a configuration change applies at the next unlock.
  const [service] = useState<OcrService>(
    () =>
      create?.() ??
      createOcrService({
        preferred,
        fallback: preferred === 'paddle' ? 'tesseract' : 'paddle',
        size: Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1)),
        spawn: spawnOcrWorker,
      }),
  );
  // Disposed a tick after unmount, so StrictMode's simulated unmount and remount keeps it.
  const pendingDispose = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(pendingDispose.current);
    return () => {
      pendingDispose.current = setTimeout(() => service.dispose(), 0);
    };
  }, [service]);
  return <OcrServiceContext.Provider value={service}>{children}</OcrServiceContext.Provider>;
}

export function useOcrService(): OcrService | null {
  return useContext(OcrServiceContext);
}

export function useOcrServiceState(service: OcrService | null): OcrServiceState | null {
  const subscribe = useCallback((listener: () => void) => (service ? service.onState(listener) : () => undefined), [service]);
  return useSyncExternalStore(subscribe, () => service?.state() ?? null);
}
