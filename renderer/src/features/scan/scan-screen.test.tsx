import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderKiosk, testConfigState } from '../../app/render-kiosk.test-support';
import type { OcrService } from '../../ocr/ocr-service';
import { fakeResult } from '../../ocr/fake-ocr-worker.test-support';
import { installFakeMedia } from '../../ui/fake-media.test-support';

// A stable snapshot, as the real service keeps (useSyncExternalStore compares by identity).
const READY = { phase: 'ready', engine: 'paddle' } as const;
const text = '困难群众临时救助申请表\n公民身份号码：510112196503122420\n联系电话：13981726354';

// The OCR engines run in Web Workers, which jsdom has not: the service is faked at its
// interface (the pool and the fallback have their own tests in renderer/src/ocr).
vi.mock('../../ocr/ocr-service', () => ({
  spawnOcrWorker: () => undefined,
  createOcrService: (): OcrService => ({
    state: () => READY,
    onState: () => () => undefined,
    recognize: async (job) => {
      if ((job.image as File).name === 'broken.jpg') throw Object.assign(new Error('bad'), { name: 'OcrPageError', kind: 'unreadable' });
      job.onLine?.({ text: '困难群众临时救助申请表', confidence: 99, done: 1, total: 3 });
      const result = fakeResult('paddle');
      const box = { x: 0, y: 0, width: 10, height: 10 };
      return {
        ...result,
        text,
        lines: text.split('\n').map((line, i) => ({ text: line, confidence: i === 2 ? 60 : 99, spans: [{ text: line, confidence: i === 2 ? 60 : 99, box }] })),
      };
    },
    dispose: () => undefined,
  }),
}));

let media: ReturnType<typeof installFakeMedia> | undefined;
afterEach(() => media?.restore());

describe('扫描文件 in the clerk area', () => {
  it('imports a page without a camera, marks doubtful text, files it, and lists it with masked numbers', async () => {
    media = installFakeMedia({ camera: 'missing' });
    const kiosk = await renderKiosk(testConfigState(), { hostHandlers: { 'clerk.unlock': () => ({ unlocked: true }) } });
    await kiosk.user.click(screen.getByRole('button', { name: '工作人员服务' }));
    const keypad = screen.getByRole('group', { name: '密码数字键' });
    for (const digit of '2468') await kiosk.user.click(within(keypad).getByRole('button', { name: digit }));
    await kiosk.user.click(screen.getByRole('button', { name: '确定' }));
    await kiosk.user.click(await screen.findByRole('button', { name: '扫描文件' }));

    expect((await screen.findByRole('alert')).textContent).toContain('没有找到高拍仪');
    const input = screen.getByTestId<HTMLInputElement>('scan-import');
    await kiosk.user.upload(input, new File([new Uint8Array(100)], 'form.jpg', { type: 'image/jpeg' }));
    await screen.findByText('已识别');
    expect(screen.getByText('识别进度：1/1 页')).toBeTruthy();

    await kiosk.user.click(screen.getByRole('button', { name: '核对文字' }));
    expect(screen.getByText('黄色标出的字可能认错了，请对照原件核对。')).toBeTruthy();
    expect(within(screen.getByTestId('scan-marked')).getByText('联系电话：13981726354').tagName).toBe('MARK');
    expect(screen.getByText('身份证号（校验通过）：510112196503122420')).toBeTruthy();
    const box = screen.getByRole('textbox', { name: '识别出的文字（可以修改）' });
    await kiosk.user.type(box, '（已核对）');

    await kiosk.user.click(screen.getAllByRole('button', { name: '归档' })[0]!);
    await kiosk.user.click(screen.getByRole('button', { name: '申请表' }));
    await kiosk.user.type(screen.getByRole('textbox', { name: '关联的反映编号（可不填）' }), '123');
    await kiosk.user.click(screen.getAllByRole('button', { name: '归档' }).at(-1)!);
    expect((await screen.findByRole('alert')).textContent).toBe('反映编号应为 8 位数字。');
    await kiosk.user.clear(screen.getByRole('textbox', { name: '关联的反映编号（可不填）' }));
    await kiosk.user.click(screen.getAllByRole('button', { name: '归档' }).at(-1)!);

    await screen.findByText(/^已归档：申请表/);
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('510112********2420');
    expect(item.textContent).toContain('139****6354');
    expect(item.textContent).not.toContain('510112196503122420');
    const [stored] = (await kiosk.data.database.scans.find().exec()).map((d) => d.toJSON());
    expect(stored).toMatchObject({ docType: 'application', pages: [{ engine: 'paddle', ocrText: `${text}（已核对）`, mime: 'image/jpeg', processed: { mime: 'image/webp' } }] });
    await waitFor(async () => expect(await kiosk.data.blobs.hasBlob(stored!.pages[0]!.sha256)).toBe(true));
  });
});
