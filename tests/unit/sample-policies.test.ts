import { describe, expect, it } from 'vitest';
import { listPolicyFiles, readPolicyFile } from '#sync/county-cli/policy-files';

describe('sample policies (kiosk-config/policies)', () => {
  it('every sample imports as a valid policy document with an English title and a summary', () => {
    const files = listPolicyFiles('kiosk-config/policies');
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const { docs, problems } = readPolicyFile(file, new Date('2026-11-01T00:00:00Z'));
      expect(problems, file).toEqual([]);
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ type: 'policy', title: { zh: expect.any(String), en: expect.any(String) }, summary: { zh: expect.any(String) }, body: { zh: expect.stringContaining('#') } });
    }
  });
});
