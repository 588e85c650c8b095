import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Every test starts with an empty document, real timers and <html lang> as index.html has it.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.documentElement.lang = 'zh-CN';
});
