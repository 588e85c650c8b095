import { describe, expect, it, vi } from 'vitest';
import type { SpeechEngineId } from '../ui/read-aloud-context';
import { createReadAloudService } from './read-aloud-service';
import { SpeechUnavailableError, type SpeechEngine } from './speech-engine';

type Behaviour = 'speaks' | 'no-voice' | 'fails' | 'hangs';

function engine(id: SpeechEngineId, behaviour: Behaviour, spoken: string[]): SpeechEngine {
  return {
    id,
    available: async () => behaviour !== 'no-voice',
    speak: (text, _lang, _rate, signal) =>
      new Promise<void>((resolve, reject) => {
        if (behaviour === 'fails') return reject(new SpeechUnavailableError('broken'));
        spoken.push(`${id}:${text}`);
        if (behaviour === 'speaks') setTimeout(resolve, 5);
        signal.addEventListener('abort', () => resolve());
      }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('read aloud: the first voice that works', () => {
  it('uses the platform voice when there is one', async () => {
    const spoken: string[] = [];
    const service = createReadAloudService([engine('platform', 'speaks', spoken), engine('host', 'speaks', spoken), engine('shipped', 'speaks', spoken)]);
    service.speak('你好', 'zh-CN', 1);
    expect(service.state().speaking).toBe(true);
    await settle();
    expect(spoken).toEqual(['platform:你好']);
    expect(service.state()).toMatchObject({ speaking: false, lastEngine: 'platform' });
  });

  it('falls back to the host, then to the shipped synthesiser, and remembers a broken engine', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spoken: string[] = [];
    const service = createReadAloudService([engine('platform', 'no-voice', spoken), engine('host', 'fails', spoken), engine('shipped', 'speaks', spoken)]);
    service.probe('zh-CN');
    service.speak('一', 'zh-CN', 1);
    await settle();
    service.speak('二', 'zh-CN', 1);
    await settle();
    expect(spoken).toEqual(['shipped:一', 'shipped:二']);
    expect(service.state()).toMatchObject({ lastEngine: 'shipped', engineStates: { platform: 'unavailable', host: 'unavailable', shipped: 'ready' } });
  });

  it('never hangs: an engine that never ends is stopped at the time limit', async () => {
    const spoken: string[] = [];
    const service = createReadAloudService([engine('platform', 'hangs', spoken)], () => 30);
    service.speak('很长的一段话', 'zh-CN', 1);
    await settle();
    expect(service.state().speaking).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(service.state().speaking).toBe(false);
  });

  it('stop() ends the reading at once; a new text replaces the one being read', async () => {
    const spoken: string[] = [];
    const service = createReadAloudService([engine('host', 'hangs', spoken)]);
    service.speak('第一句', 'zh-CN', 1);
    await settle();
    service.speak('第二句', 'zh-CN', 1);
    await settle();
    expect(spoken).toEqual(['host:第一句', 'host:第二句']);
    expect(service.state().speaking).toBe(true);
    service.stop();
    expect(service.state().speaking).toBe(false);
  });
});
