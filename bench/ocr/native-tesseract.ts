import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Debian's tesseract 5, the desktop baseline of issue 12; installed by the benchmark when missing. */
export function ensureNativeTesseract(): string {
  const has = () => spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  let probe = has();
  if (probe.error || !/chi_sim/.test(probe.stdout)) {
    console.error('installing tesseract-ocr tesseract-ocr-chi-sim with apt-get …');
    const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'tesseract-ocr', 'tesseract-ocr-chi-sim', 'tesseract-ocr-eng'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install.status !== 0) spawnSync('sh', ['-c', 'apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    probe = has();
    if (probe.error || !/chi_sim/.test(probe.stdout)) throw new Error('native tesseract with chi_sim is not available and could not be installed');
  }
  return spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim();
}

/** `tesseract FILE - -l chi_sim+eng --oem 1 --psm 3` with OMP_THREAD_LIMIT=1: one process, one core. */
export function nativeTesseract(file: string): Promise<{ text: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', [file, '-', '-l', 'chi_sim+eng', '--oem', '1', '--psm', '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ text, ms: Math.round(performance.now() - start) }) : reject(new Error(`tesseract exited ${code} on ${file}`))));
  });
}

/**
 * CPU time of this process's finished child processes, in ms (Linux /proc/self/stat: cutime + cstime,
 * clock ticks of 10 ms). Children count once they have exited and been waited for, as each tesseract is.
 */
export function childrenCpuMs(): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of stat(5), i.e. 13 and 14 after the name and state.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
