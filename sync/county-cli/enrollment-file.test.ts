import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEnrollmentPath, writeEnrollmentFile, type EnrollmentFile } from './enrollment-file';

const enrollment: EnrollmentFile = {
  couchUrl: 'https://county.example/',
  village: 'xiaohe',
  kioskId: 'k01',
  username: 'kiosk-xiaohe-k01',
  password: 'secret',
  databases: {
    reports: 'village-xiaohe-reports',
    scans: 'village-xiaohe-scans',
    heartbeats: 'village-xiaohe-heartbeats',
    config: 'village-xiaohe-config',
    blobs: 'village-xiaohe-blobs',
    notices: 'village-xiaohe-notices',
    policies: 'county-policies',
    alerts: 'county-alerts',
  },
};

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('enrollment file', () => {
  it('is written with mode 0600, also when it replaces an existing, more open file', () => {
    const dir = tempDir('enroll-');
    const out = path.join(dir, 'k01.json');
    writeFileSync(out, 'old', { mode: 0o644 });
    writeEnrollmentFile(out, enrollment, '/nonexistent-repo');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(enrollment);
  });

  it('refuses the repository, any git work tree, and symlinks into them', () => {
    const root = tempDir('enroll-repo-');
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'sub'));
    expect(() => checkEnrollmentPath(path.join(root, 'sub', 'x.json'), '/nonexistent-repo')).toThrow(/inside the git work tree/);
    const plain = tempDir('enroll-plain-');
    expect(() => checkEnrollmentPath(path.join(plain, 'new-dir', 'x.json'), plain)).toThrow(/inside the repository/);
    const link = path.join(tempDir('enroll-link-'), 'to-repo');
    symlinkSync(path.join(root, 'sub'), link);
    expect(() => checkEnrollmentPath(path.join(link, 'x.json'), '/nonexistent-repo')).toThrow(/inside the git work tree/);
    expect(checkEnrollmentPath(path.join(plain, 'x.json'), '/nonexistent-repo')).toBe(path.join(plain, 'x.json'));
  });

  it('refuses this repository by default', () => {
    expect(() => checkEnrollmentPath(path.resolve('enrollment.json'))).toThrow(/refusing/);
  });
});
