import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderKiosk } from './render-kiosk.test-support';

describe('read aloud', () => {
  it('every screen has a read-aloud button that speaks its prompt; while reading it says so and a second tap stops it', async () => {
    let finish: ((value: { spoken: boolean; reason?: string }) => void) | undefined;
    const { fake, user } = await renderKiosk(undefined, {
      hostHandlers: {
        // The host answers when the text has been read out: here only when it is stopped.
        'speech.speak': () => new Promise((resolve) => (finish = resolve)),
        'speech.stop': () => {
          finish?.({ spoken: false, reason: 'stopped' });
          return { spoken: false };
        },
      },
    });
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    await user.click(screen.getByRole('button', { name: '朗读' }));
    // The platform has no voice in jsdom: the host's engine reads it, at the default speed for
    // the elderly (0.75 of normal).
    await waitFor(() => expect(fake.calls.filter((c) => c.channel === 'speech.speak')).toEqual([{ channel: 'speech.speak', request: { text: expect.stringMatching(/^政策查询/) as string, lang: 'zh-CN', rate: 0.75 } }]));
    expect(screen.getByRole('button', { name: '慢一点' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '快一点' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.channel === 'speech.speak').at(-1)?.request).toEqual({ text: expect.stringMatching(/^政策查询/) as string, lang: 'zh-CN', rate: 0.9 }));
    await user.click(screen.getByRole('button', { name: '停止朗读' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '朗读' })).toBeTruthy());
    expect(fake.calls.some((c) => c.channel === 'speech.stop')).toBe(true);
    expect(screen.queryByRole('button', { name: '慢一点' })).toBeNull();
  });
});
