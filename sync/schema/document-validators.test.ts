import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocumentValidatorModule } from './document-validator-source';

const GENERATED = new URL('./document-validators.generated.js', import.meta.url);

describe('precompiled document validators', () => {
  it('are up to date with the schemas (regenerate with -u)', async () => {
    await expect(buildDocumentValidatorModule()).toMatchFileSnapshot('./document-validators.generated.js');
  });

  it('need no eval, import or require at run time (the renderer CSP forbids eval)', () => {
    const source = readFileSync(GENERATED, 'utf8');
    expect(source).not.toMatch(/\brequire\(|^\s*import\s|\bnew Function\b|\beval\(/m);
    for (const name of ['reports', 'scans', 'policies', 'kiosk_config', 'heartbeats', 'notices', 'alerts']) {
      expect(source).toContain(`export const ${name} = `);
    }
  });
});
