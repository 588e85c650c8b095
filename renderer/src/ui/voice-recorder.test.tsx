import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeMedia, type DeviceMode } from './fake-media.test-support';
import { useVoiceRecorder, type VoiceTake } from './use-voice-recorder';
import { VoiceRecorder } from './voice-recorder';

const labels = {
  panel: '录音',
  record: '开始录音',
  stop: '停止录音',
  play: '播放录音',
  stopPlayback: '停止播放',
  rerecord: '重新录音',
  remove: '删除录音',
  starting: '正在打开麦克风…',
  hint: (s: number) => `最长 ${s} 秒`,
  recording: (s: number) => `还可以录 ${s} 秒`,
  recorded: (s: number) => `已录 ${s} 秒`,
  limitReached: (s: number) => `已到最长 ${s} 秒`,
  problem: (p: string) => `问题：${p}`,
};

let media: ReturnType<typeof installFakeMedia>;
const takes: VoiceTake[] = [];

function Harness({ maxSeconds = 10 }: { maxSeconds?: number }) {
  const [take, setTake] = useState<{ url: string; seconds: number } | null>(null);
  const recorder = useVoiceRecorder({
    maxSeconds,
    onRecorded: (recorded) => {
      takes.push(recorded);
      setTake({ url: URL.createObjectURL(recorded.blob), seconds: recorded.seconds });
    },
  });
  return <VoiceRecorder recorder={recorder} maxSeconds={maxSeconds} take={take} onRemove={() => setTake(null)} labels={labels} />;
}

function setup(microphone: DeviceMode = 'ok', maxSeconds?: number) {
  media.restore();
  media = installFakeMedia({ microphone });
  const view = render(<Harness maxSeconds={maxSeconds} />);
  return { ...view, user: userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }) };
}

beforeEach(() => {
  takes.length = 0;
  media = installFakeMedia();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => media.restore());

describe('VoiceRecorder', () => {
  it('records Opus, stops on request, releases the microphone and offers play, record again and delete', async () => {
    const { user } = setup();
    expect(screen.getByText('最长 10 秒')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '开始录音' }));
    await screen.findByRole('button', { name: '停止录音' });
    expect(media.recorders[0]?.mimeType).toBe('audio/webm;codecs=opus');
    expect(media.liveTracks()).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(3000));
    await user.click(screen.getByRole('button', { name: '停止录音' }));
    await screen.findByRole('button', { name: '播放录音' });
    expect(takes).toHaveLength(1);
    expect(takes[0]?.mime).toBe('audio/webm;codecs=opus');
    expect(takes[0]?.seconds).toBeGreaterThanOrEqual(3);
    expect(media.liveTracks()).toEqual([]);
    await user.click(screen.getByRole('button', { name: '播放录音' }));
    expect(media.play).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '重新录音' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '删除录音' }));
    expect(screen.getByRole('button', { name: '开始录音' })).toBeTruthy();
  });

  it('counts down and stops by itself at the limit', async () => {
    setup('ok', 5);
    await userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }).click(screen.getByRole('button', { name: '开始录音' }));
    await screen.findByRole('button', { name: '停止录音' });
    expect(screen.getByRole('timer').textContent).toBe('还可以录 5 秒');
    await act(() => vi.advanceTimersByTimeAsync(2100));
    expect(screen.getByRole('timer').textContent).toBe('还可以录 3 秒');
    await act(() => vi.advanceTimersByTimeAsync(3000));
    await screen.findByRole('button', { name: '播放录音' });
    expect(screen.getByRole('status').textContent).toContain('已到最长 5 秒');
    expect(takes).toHaveLength(1);
    expect(takes[0]?.seconds).toBeLessThanOrEqual(5);
    expect(media.liveTracks()).toEqual([]);
  });

  it.each([
    ['denied', '问题：denied'],
    ['missing', '问题：missing'],
  ] as const)('says when the microphone is %s', async (mode, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = setup(mode);
    await user.click(screen.getByRole('button', { name: '开始录音' }));
    expect(await screen.findByText(text)).toBeTruthy();
    expect(takes).toEqual([]);
    warn.mockRestore();
  });

  it('keeps nothing and releases the microphone when unmounted mid-recording', async () => {
    const { user, unmount } = setup();
    await user.click(screen.getByRole('button', { name: '开始录音' }));
    await screen.findByRole('button', { name: '停止录音' });
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(takes).toEqual([]);
    expect(media.liveTracks()).toEqual([]);
  });
});
