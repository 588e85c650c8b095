import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { SpeechLanguage, SpeechResult, SpeechService } from './speech-service';

/** espeak-ng voices: Mandarin is "cmn" (not "zh-CN"), see PITFALLS.md. */
const VOICE: Record<SpeechLanguage, string> = { 'zh-CN': 'cmn', en: 'en' };

/** espeak-ng's own default is 175 words a minute; the kiosk's "normal" is slower for elderly listeners. */
const NORMAL_WPM = 150;

export function espeakAvailable(executable = 'espeak-ng'): boolean {
  return spawnSync(executable, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Longest an utterance may take before it is given up on: espeak-ng blocked on a sound device
 * that never plays must not keep "reading" forever. Generous: about 4 characters a second at the
 * slowest rate, plus 10 s.
 */
export function utteranceLimitMs(text: string, rate: number): number {
  return 10_000 + Math.ceil((text.length / 4 / Math.max(0.3, rate)) * 1000);
}

/**
 * Offline speech through espeak-ng on Linux kiosks (Debian: espeak-ng). Text is passed as an
 * argument vector (never through a shell). `speak` resolves when espeak-ng has finished (exit 0),
 * was stopped, failed, or ran past its limit.
 */
export function createEspeakSpeechService(executable = 'espeak-ng'): SpeechService {
  let current: { child: ChildProcess; finish: (result: SpeechResult) => void } | null = null;
  const stopCurrent = () => {
    const running = current;
    current = null;
    if (!running) return;
    if (running.child.exitCode === null) running.child.kill('SIGTERM');
    running.finish({ spoken: false, reason: 'stopped' });
  };
  return {
    engine: 'espeak-ng',
    speak(text, lang, options) {
      stopCurrent();
      const rate = options?.rate ?? 1;
      const wpm = Math.round(Math.min(400, Math.max(80, NORMAL_WPM * rate)));
      const child = spawn(executable, ['-v', VOICE[lang], '-s', String(wpm), '--', text], { stdio: 'ignore' });
      return new Promise<SpeechResult>((resolve) => {
        let settled = false;
        const timer = setTimeout(() => {
          if (child.exitCode === null) child.kill('SIGKILL');
          finish({ spoken: false, reason: 'timed-out' });
        }, utteranceLimitMs(text, rate));
        const finish = (result: SpeechResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (current?.child === child) current = null;
          resolve(result);
        };
        current = { child, finish };
        child.once('error', () => finish({ spoken: false, reason: 'speech-engine-failed' }));
        child.once('exit', (code) => finish(code === 0 ? { spoken: true } : { spoken: false, reason: code === null ? 'stopped' : 'speech-engine-failed' }));
      });
    },
    async stop() {
      stopCurrent();
      return { spoken: false };
    },
  };
}
