import { describe, expect, it } from 'vitest';
import { createReportDraftStore, emptyDraft, type ObjectUrls } from './report-draft-store';

function trackedUrls() {
  let next = 0;
  const live = new Set<string>();
  const urls: ObjectUrls = {
    create: () => {
      const url = `blob:test/${++next}`;
      live.add(url);
      return url;
    },
    revoke: (url) => {
      if (!live.delete(url)) throw new Error(`revoked twice or unknown: ${url}`);
    },
  };
  return { urls, live };
}

const audio = () => new Blob(['opus'], { type: 'audio/webm;codecs=opus' });
const jpeg = () => new Blob(['jpeg'], { type: 'image/jpeg' });

describe('report draft store', () => {
  it('keeps phrases per category: choosing another category clears them, the same one keeps them', () => {
    const store = createReportDraftStore(trackedUrls().urls);
    store.chooseCategory('road');
    store.togglePhrase({ zh: '路灯不亮', en: 'Street light is out' });
    store.togglePhrase({ zh: '路面坑洼' });
    store.chooseCategory('road');
    expect(store.getSnapshot().phrases.map((p) => p.zh)).toEqual(['路灯不亮', '路面坑洼']);
    store.togglePhrase({ zh: '路灯不亮' });
    expect(store.getSnapshot().phrases.map((p) => p.zh)).toEqual(['路面坑洼']);
    store.chooseCategory('water');
    expect(store.getSnapshot().phrases).toEqual([]);
  });

  it('clears the landmark when another group is chosen', () => {
    const store = createReportDraftStore(trackedUrls().urls);
    store.chooseGroup('g1');
    store.chooseLandmark({ zh: '村委会' });
    store.chooseGroup('g1');
    expect(store.getSnapshot().landmark).toEqual({ zh: '村委会' });
    store.chooseGroup('g2');
    expect(store.getSnapshot()).toMatchObject({ groupId: 'g2', landmark: null });
  });

  it('revokes the object URL of a recording or photo when it is replaced or removed', () => {
    const { urls, live } = trackedUrls();
    const store = createReportDraftStore(urls);
    store.setVoiceNote(audio(), 'audio/webm;codecs=opus', 4.2);
    const first = store.getSnapshot().voiceNote?.url;
    store.setVoiceNote(audio(), 'audio/webm;codecs=opus', 6);
    expect(live.has(first!)).toBe(false);
    expect(store.getSnapshot().voiceNote).toMatchObject({ seconds: 6, mime: 'audio/webm;codecs=opus' });
    store.setPhoto(jpeg(), 'image/jpeg');
    expect(live.size).toBe(2);
    store.removeVoiceNote();
    store.removePhoto();
    expect(live.size).toBe(0);
  });

  it('wipe() empties everything, assisted mode included, and revokes every URL', () => {
    const { urls, live } = trackedUrls();
    const store = createReportDraftStore(urls);
    store.chooseCategory('road');
    store.togglePhrase({ zh: '路灯不亮' });
    store.setText('门口');
    store.setVoiceNote(audio(), 'audio/webm', 3);
    store.setPhoto(jpeg(), 'image/jpeg');
    store.chooseGroup('g1');
    store.setContact({ kind: 'phone', phone: '13812345678' });
    store.setAssisted();
    store.wipe();
    expect(store.getSnapshot()).toEqual(emptyDraft);
    expect(live.size).toBe(0);
  });

  it('after close() ignores every change, so a late recording cannot land in a finished visit', () => {
    const { urls, live } = trackedUrls();
    const store = createReportDraftStore(urls);
    store.setPhoto(jpeg(), 'image/jpeg');
    store.close();
    store.setVoiceNote(audio(), 'audio/webm', 3);
    store.chooseCategory('road');
    expect(store.getSnapshot()).toEqual(emptyDraft);
    expect(live.size).toBe(0);
    store.open();
    store.chooseCategory('road');
    expect(store.getSnapshot().categoryId).toBe('road');
  });

  it('notifies subscribers on changes and stops after unsubscribe', () => {
    const store = createReportDraftStore(trackedUrls().urls);
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.setText('a');
    store.setText('ab');
    unsubscribe();
    store.setText('abc');
    expect(calls).toBe(2);
  });
});
