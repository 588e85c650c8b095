import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three tiers, one config. `unit-node` and `unit-web` are fast and hermetic; `integration`
// starts real servers (pouchdb-server or COUCHDB_URL) and so runs files one at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit-node',
          environment: 'node',
          include: [
            'electron/**/*.test.ts',
            'sync/**/*.test.ts',
            'kiosk-config/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'scripts/**/*.test.ts',
            'county-console/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts', 'node_modules/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'unit-web',
          environment: 'jsdom',
          // Whole-flow screen tests in jsdom take 1–2 s alone and over 5 s (the default) on a
          // loaded 2-core machine: a time-out is not what these tests assert.
          testTimeout: 20_000,
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts', '**/*.integration.test.ts'],
          exclude: ['node_modules/**'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
