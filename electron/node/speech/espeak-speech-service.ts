import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { SpeechLanguage, SpeechService } from './speech-service';

/** espeak-ng voices: Mandarin is "cmn" (not "zh-CN"), see PITFALLS.md. */
const VOICE: Record<SpeechLanguage, string> = { 'zh-CN': 'cmn', en: 'en' };

export function espeakAvailable(executable = 'espeak-ng'): boolean {
  return spawnSync(executable, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Offline speech through espeak-ng on Linux kiosks (Debian: espeak-ng). Slow speech rate for
 * elderly listeners. Text is passed as an argument vector (never through a shell).
 */
export function createEspeakSpeechService(executable = 'espeak-ng', rateWordsPerMinute = 140): SpeechService {
  let current: ChildProcess | null = null;
  const stopCurrent = () => {
    if (current && current.exitCode === null) current.kill('SIGTERM');
    current = null;
  };
  return {
    async speak(text, lang) {
      stopCurrent();
      const child = spawn(executable, ['-v', VOICE[lang], '-s', String(rateWordsPerMinute), '--', text], { stdio: 'ignore' });
      current = child;
      return new Promise((resolve) => {
        child.once('error', () => resolve({ spoken: false, reason: 'speech-engine-failed' }));
        child.once('spawn', () => resolve({ spoken: true }));
      });
    },
    async stop() {
      stopCurrent();
      return { spoken: false };
    },
  };
}
