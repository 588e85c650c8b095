import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy*/waitFor wait 1 s by default; on a loaded 2-core machine a screen change can take
// longer, and how fast it is is a benchmark's business, not these tests'.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts with an empty document, real timers and <html lang> as index.html has it.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.documentElement.lang = 'zh-CN';
});
