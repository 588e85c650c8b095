import type { LocalizedText } from '#kiosk-config/schema';

/** A recording or photo held in memory until submit, with the object URL used to show/play it. */
export interface DraftMedia {
  blob: Blob;
  mime: string;
  url: string;
}

export interface DraftVoiceNote extends DraftMedia {
  seconds: number;
}

export type DraftContact = { kind: 'phone'; phone: string } | { kind: 'anonymous' };

/**
 * What the villager has said so far. Quick phrases and the landmark are kept as the
 * configuration's {zh, en} texts (not indexes), so a configuration pushed mid-visit cannot
 * shift them onto other phrases.
 */
export interface ReportDraft {
  categoryId: string | null;
  phrases: readonly LocalizedText[];
  text: string;
  voiceNote: DraftVoiceNote | null;
  photo: DraftMedia | null;
  groupId: string | null;
  /** null = none chosen (skipped). */
  landmark: LocalizedText | null;
  contact: DraftContact | null;
  /** Unlocked by a clerk PIN for this visit: the report records assisted / assistedByRole. */
  assisted: boolean;
  /**
   * "这也是我的问题": the open report this one is filed together with (its id and day). The
   * villager's own content is still saved, as a co-report linked to that one.
   */
  joins: { id: string; createdAt: string } | null;
}

export const emptyDraft: ReportDraft = Object.freeze({
  categoryId: null,
  phrases: [],
  text: '',
  voiceNote: null,
  photo: null,
  groupId: null,
  landmark: null,
  contact: null,
  assisted: false,
  joins: null,
});

export interface ObjectUrls {
  create(blob: Blob): string;
  revoke(url: string): void;
}

const browserObjectUrls: ObjectUrls = {
  create: (blob) => URL.createObjectURL(blob),
  revoke: (url) => URL.revokeObjectURL(url),
};

export interface ReportDraftStore {
  getSnapshot: () => ReportDraft;
  subscribe: (listener: () => void) => () => void;
  /** A different category clears the chosen phrases (they belong to the category). */
  chooseCategory(categoryId: string): void;
  togglePhrase(phrase: LocalizedText): void;
  setText(text: string): void;
  setVoiceNote(blob: Blob, mime: string, seconds: number): void;
  removeVoiceNote(): void;
  setPhoto(blob: Blob, mime: string): void;
  removePhoto(): void;
  /** A different group clears the landmark (landmarks belong to the group). */
  chooseGroup(groupId: string): void;
  chooseLandmark(landmark: LocalizedText | null): void;
  setContact(contact: DraftContact): void;
  setAssisted(): void;
  /** Files this report together with an open one (null: a report of its own). */
  joinReport(report: { id: string; createdAt: string } | null): void;
  /** Back to empty: every object URL revoked, recording and photo dropped, assisted mode over. */
  wipe(): void;
  /** wipe(), and from then on every change is ignored (a late recording cannot land here). */
  close(): void;
  /** Accepts changes again (a provider remounted in place, e.g. React StrictMode in development). */
  open(): void;
}

/**
 * The report draft of one visit, outside React so that it survives the step screens mounting
 * and unmounting (Back keeps everything) and can be wiped from a reset hook.
 * Invariants: every object URL this store created is revoked when its media is replaced,
 * removed or wiped (a blob URL keeps the recording alive in memory until revoked); after
 * close() nothing can be added, so nothing of a finished visit can reappear.
 */
export function createReportDraftStore(urls: ObjectUrls = browserObjectUrls): ReportDraftStore {
  let draft: ReportDraft = emptyDraft;
  let closed = false;
  const listeners = new Set<() => void>();

  function notify() {
    for (const listener of [...listeners]) listener();
  }

  function update(change: Partial<ReportDraft>) {
    if (closed) return;
    draft = { ...draft, ...change };
    notify();
  }

  function revoke(item: DraftMedia | null) {
    if (item) urls.revoke(item.url);
  }

  function wipe() {
    revoke(draft.voiceNote);
    revoke(draft.photo);
    draft = emptyDraft;
    notify();
  }

  return {
    getSnapshot: () => draft,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    chooseCategory(categoryId) {
      if (categoryId !== draft.categoryId) update({ categoryId, phrases: [], joins: null });
    },
    togglePhrase(phrase) {
      const chosen = draft.phrases.some((p) => p.zh === phrase.zh);
      update({ phrases: chosen ? draft.phrases.filter((p) => p.zh !== phrase.zh) : [...draft.phrases, { ...phrase }] });
    },
    setText(text) {
      update({ text });
    },
    setVoiceNote(blob, mime, seconds) {
      if (closed) return;
      const previous = draft.voiceNote;
      update({ voiceNote: { blob, mime, seconds, url: urls.create(blob) } });
      revoke(previous);
    },
    removeVoiceNote() {
      const previous = draft.voiceNote;
      update({ voiceNote: null });
      revoke(previous);
    },
    setPhoto(blob, mime) {
      if (closed) return;
      const previous = draft.photo;
      update({ photo: { blob, mime, url: urls.create(blob) } });
      revoke(previous);
    },
    removePhoto() {
      const previous = draft.photo;
      update({ photo: null });
      revoke(previous);
    },
    chooseGroup(groupId) {
      if (groupId !== draft.groupId) update({ groupId, landmark: null, joins: null });
    },
    chooseLandmark(landmark) {
      update({ landmark: landmark ? { ...landmark } : null });
    },
    setContact(contact) {
      update({ contact });
    },
    setAssisted() {
      update({ assisted: true });
    },
    joinReport(report) {
      update({ joins: report ? { ...report } : null });
    },
    wipe,
    close() {
      wipe();
      closed = true;
    },
    open() {
      closed = false;
    },
  };
}
