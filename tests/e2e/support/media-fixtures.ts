import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The fake camera's and microphone's input for Chromium (PITFALLS.md): a y4m "document" and a
 * wav tone, generated with ffmpeg into a fixed temp folder (never committed). The paths are
 * deterministic because Chromium reads them from its command line, which is fixed before any
 * test runs; generating is idempotent (write to a temp name, then rename), so the runner and
 * every worker may call it.
 */
export const mediaDir = path.join(tmpdir(), 'village-kiosk-e2e-media');

export interface MediaFixtures {
  /** 640×480, 4:2:0 (a 4:4:4 y4m gives NotFoundError), one frame: the capture size is the file's. */
  videoY4m: string;
  /** 8 s of a 300 Hz tone. */
  audioWav: string;
}

function generate(target: string, ffmpegArgs: string[]): void {
  if (existsSync(target)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.part${path.extname(target)}`;
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...ffmpegArgs, partial], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${target}: ${result.stderr || result.error?.message}`);
  renameSync(partial, target);
}

export function ensureMediaFixtures(): MediaFixtures {
  const videoY4m = path.join(mediaDir, 'document-640x480.y4m');
  const audioWav = path.join(mediaDir, 'speech-300hz-8s.wav');
  generate(videoY4m, ['-f', 'lavfi', '-i', 'testsrc=size=640x480:rate=1', '-frames:v', '1', '-pix_fmt', 'yuv420p']);
  generate(audioWav, ['-f', 'lavfi', '-i', 'sine=frequency=300:duration=8']);
  return { videoY4m, audioWav };
}

/**
 * For the report benchmark: a noisy 1280×720 frame, so the kiosk's JPEG capture (quality 0.85)
 * comes out near 200 KB, the size of a real phone-camera-like photo of a document.
 */
export function benchMediaFixtures(noise = Number(process.env.REPORT_BENCH_NOISE ?? 65)): MediaFixtures {
  const videoY4m = path.join(mediaDir, `noisy-1280x720-n${noise}.y4m`);
  generate(videoY4m, ['-f', 'lavfi', '-i', `testsrc=size=1280x720:rate=1,noise=alls=${noise}:allf=u`, '-frames:v', '1', '-pix_fmt', 'yuv420p']);
  return { videoY4m, audioWav: ensureMediaFixtures().audioWav };
}

/** Chromium flags that replace camera and microphone with the files, granting permission without a prompt. */
export function fakeMediaFlags(fixtures: MediaFixtures = ensureMediaFixtures()): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${fixtures.videoY4m}`,
    `--use-file-for-fake-audio-capture=${fixtures.audioWav}`,
  ];
}

/**
 * The fake document camera for the scan spec: one frame of a rendered Chinese notice as the
 * camera sees it (tests/support/ocr-fixtures: tilted, uneven light, noise, JPEG), padded to
 * even dimensions for 4:2:0. Its ground truth is returned beside it.
 */
export async function documentCameraFixture(): Promise<{ videoY4m: string; text: string }> {
  const { ensureOcrFixtureSet } = await import('#test-support/ocr-fixtures/ocr-fixture-set');
  const image = (await ensureOcrFixtureSet()).find((i) => i.pageId === 'notice-water' && i.variant === 'camera')!;
  const videoY4m = path.join(mediaDir, `document-${path.basename(path.dirname(image.file))}-notice-water.y4m`);
  generate(videoY4m, ['-i', image.file, '-vf', 'pad=ceil(iw/2)*2:ceil(ih/2)*2:color=white', '-frames:v', '1', '-pix_fmt', 'yuv420p']);
  return { videoY4m, text: image.text };
}
