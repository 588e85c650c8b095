import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderKiosk } from './render-kiosk.test-support';

describe('read aloud', () => {
  it('every screen has a read-aloud button that speaks its prompt in the current language', async () => {
    const { fake, user } = await renderKiosk();
    await user.click(screen.getByRole('button', { name: '政策查询' }));
    await user.click(screen.getByRole('button', { name: '朗读' }));
    expect(fake.calls.filter((c) => c.channel === 'speech.speak')).toEqual([
      { channel: 'speech.speak', request: { text: expect.stringMatching(/^政策查询。请点选您想了解的政策类别/) as string, lang: 'zh-CN' } },
    ]);
  });
});
