import type { UpdateFeedFile } from '#sync/signing/update-feed-signature.node';

/**
 * Which installer of a feed fits this machine: NSIS `.exe` on Windows; the AppImage on Linux
 * (electron-updater updates AppImages in place; a deb install is updated by county IT's package
 * tooling), arm64 builds named with `arm64` as electron-builder names them.
 */
export function pickUpdateFile(files: readonly UpdateFeedFile[], platform: string, arch: string): UpdateFeedFile | undefined {
  const isArm = (name: string) => /arm64|aarch64/i.test(name);
  if (platform === 'win32') return files.find((f) => f.url.endsWith('.exe'));
  if (platform === 'linux') return files.find((f) => f.url.endsWith('.AppImage') && isArm(f.url) === (arch === 'arm64'));
  return undefined;
}
