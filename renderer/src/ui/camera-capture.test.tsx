import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CameraCapture } from './camera-capture';
import { installFakeMedia, type DeviceMode } from './fake-media.test-support';
import { useCamera } from './use-camera';

const labels = {
  preview: '摄像头画面',
  photo: '刚拍的照片',
  starting: '正在打开摄像头…',
  capture: '拍照',
  retake: '重拍',
  use: '用这张',
  skip: '跳过',
  retry: '再试一次',
  problem: (p: string) => `摄像头问题：${p}`,
  captureFailed: '没拍成',
};

const events: string[] = [];
const captured: Blob[] = [];

function Harness() {
  const camera = useCamera();
  const [url, setUrl] = useState<string | null>(null);
  const { start, stop } = camera;
  useEffect(() => {
    if (url) return;
    start();
    return stop;
  }, [url, start, stop]);
  return (
    <CameraCapture
      camera={camera}
      photoUrl={url}
      onCaptured={(jpeg) => {
        captured.push(jpeg);
        setUrl(URL.createObjectURL(jpeg));
      }}
      onRetake={() => setUrl(null)}
      onUse={() => events.push('use')}
      onSkip={() => events.push('skip')}
      labels={labels}
    />
  );
}

let media: ReturnType<typeof installFakeMedia> | undefined;
afterEach(() => {
  media?.restore();
  events.length = 0;
  captured.length = 0;
});

function setup(camera: DeviceMode = 'ok') {
  media = installFakeMedia({ camera });
  render(<Harness />);
  return userEvent.setup();
}

describe('CameraCapture', () => {
  it('previews, captures a JPEG, releases the camera, and retakes', async () => {
    const user = setup();
    await waitFor(() => expect(screen.getByRole('button', { name: '拍照' })).toHaveProperty('disabled', false));
    expect(media?.liveTracks()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '拍照' }));
    expect(await screen.findByRole('img', { name: '刚拍的照片' })).toBeTruthy();
    expect(captured[0]?.type).toBe('image/jpeg');
    expect(media?.liveTracks()).toEqual([]);
    await user.click(screen.getByRole('button', { name: '用这张' }));
    expect(events).toEqual(['use']);
    await user.click(screen.getByRole('button', { name: '重拍' }));
    await waitFor(() => expect(media?.liveTracks()).toHaveLength(1));
  });

  it.each([
    ['denied', '摄像头问题：denied'],
    ['missing', '摄像头问题：missing'],
  ] as const)('says when the camera is %s, and offers Skip and Try again', async (mode, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = setup(mode);
    expect((await screen.findByRole('alert')).textContent).toBe(text);
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(media?.getUserMedia).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: '跳过' }));
    expect(events).toEqual(['skip']);
    warn.mockRestore();
  });
});
