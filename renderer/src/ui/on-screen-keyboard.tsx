import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { SimpleKeyboard } from 'simple-keyboard';
import { pinyinCandidates, type PinyinCandidate } from './pinyin-candidates';
import './kiosk-inputs.css';

export interface OnScreenKeyboardLabels {
  /** Label of the text field. */
  text: string;
  /** Name of the key area. */
  keys: string;
  candidates: string;
  /** Shown while nothing is being composed. */
  hint: string;
  composing: (pinyin: string) => string;
  noCandidates: string;
  previous: string;
  next: string;
  backspace: string;
  space: string;
  /** The key that shows digits and punctuation, and the one that goes back to the letters. */
  digits: string;
  letters: string;
}

export interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  /** Words offered first as candidates (see pinyinCandidates). */
  vocabulary: readonly string[];
  labels: OnScreenKeyboardLabels;
  maxLength: number;
  /** Buttons shown beside the text field (e.g. Clear and Done), to keep the whole keyboard on one screen. */
  actions?: ReactNode;
  /** Told the pinyin being composed (not yet committed), e.g. to search by pinyin as it is typed. */
  onComposingChange?: (pinyin: string) => void;
}

/**
 * Two pages of keys, so the keyboard needs four rows and fits a 1366×768 screen with its text
 * and candidates: pinyin letters with the punctuation a short note needs, and digits. No shift.
 */
const LAYOUT = {
  default: ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m {bksp}', '{digits} ， 。 ？ {space}'],
  digits: ['1 2 3 4 5 6 7 8 9 0', '， 。 ？ ！ 、 ：', '{letters} {space} {bksp}'],
};
const ALL_KEYS = [...LAYOUT.default, ...LAYOUT.digits].join(' ');
const PAGE_SIZE = 8;
const MAX_PINYIN = 24;

/**
 * An on-screen keyboard with pinyin candidates, for villagers who want to type a few words.
 * The key grid is simple-keyboard's, rendered as real <button>s (`useButtonTag`) pressed on
 * click (`useMouseEvents`), so a tap, a physical keyboard and a screen reader all press them;
 * hold-to-repeat is off (an unsteady finger must not delete a whole line).
 * Digits are on a second page of keys ({digits} / {letters}), so four rows of keys fit a short screen.
 * Letters compose pinyin; candidates (pinyin-pro matching plus a syllable table) are real
 * buttons; any other key first commits the best candidate. The text stays a normal textarea
 * (a clerk may type on a physical keyboard); `inputMode="none"` keeps the operating system's
 * own touch keyboard away.
 */
export function OnScreenKeyboard({ value, onChange, vocabulary, labels, maxLength, actions, onComposingChange }: OnScreenKeyboardProps) {
  const textId = useId();
  const keysRef = useRef<HTMLDivElement>(null);
  const [pinyin, setPinyin] = useState('');
  const [page, setPage] = useState(0);
  const [layoutName, setLayoutName] = useState<'default' | 'digits'>('default');
  const candidates = useMemo(() => pinyinCandidates(pinyin, vocabulary), [pinyin, vocabulary]);
  const pages = Math.max(1, Math.ceil(candidates.length / PAGE_SIZE));
  const shown = candidates.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  function choose(candidate: PinyinCandidate) {
    onChange((value + candidate.text).slice(0, maxLength));
    setPinyin((current) => current.slice(candidate.consumes));
    setPage(0);
  }

  /** The text with the best candidate (or the raw letters when there is none) committed. */
  function committed(): string {
    if (!pinyin) return value;
    setPinyin('');
    setPage(0);
    return (value + (candidates[0]?.text ?? pinyin)).slice(0, maxLength);
  }

  function press(key: string) {
    if (/^[a-z]$/.test(key)) {
      setPinyin((current) => (current.length < MAX_PINYIN ? current + key : current));
      setPage(0);
    } else if (key === '{bksp}') {
      if (pinyin) {
        setPinyin(pinyin.slice(0, -1));
        setPage(0);
      } else onChange(Array.from(value).slice(0, -1).join(''));
    } else if (key === '{digits}' || key === '{letters}') {
      setLayoutName(key === '{digits}' ? 'digits' : 'default');
    } else if (key === '{space}') {
      onChange(pinyin ? committed() : (value + ' ').slice(0, maxLength));
    } else {
      onChange((committed() + key).slice(0, maxLength));
    }
  }

  useEffect(() => {
    onComposingChange?.(pinyin);
  }, [pinyin, onComposingChange]);

  // simple-keyboard owns the key grid's DOM: created once, it always calls the latest `press`.
  const latestPress = useRef(press);
  useEffect(() => {
    latestPress.current = press;
  });
  const keyboard = useRef<SimpleKeyboard | null>(null);
  useEffect(() => {
    const element = keysRef.current;
    if (!element) return;
    const instance = new SimpleKeyboard(element, {
      layout: LAYOUT,
      useButtonTag: true,
      useMouseEvents: true,
      disableButtonHold: true,
      preventMouseDownDefault: true,
      buttonAttributes: [{ attribute: 'type', value: 'button', buttons: ALL_KEYS }],
      onKeyPress: (key: string) => latestPress.current(key),
    });
    keyboard.current = instance;
    return () => {
      instance.destroy();
      keyboard.current = null;
    };
  }, []);
  useEffect(() => {
    keyboard.current?.setOptions({ display: { '{bksp}': labels.backspace, '{space}': labels.space, '{digits}': labels.digits, '{letters}': labels.letters } });
  }, [labels.backspace, labels.space, labels.digits, labels.letters]);
  useEffect(() => {
    keyboard.current?.setOptions({ layoutName });
  }, [layoutName]);

  useEffect(() => {
    onComposingChange?.(pinyin);
  }, [pinyin, onComposingChange]);

  return (
    <div className="osk">
      <label className="osk-label" htmlFor={textId}>
        {labels.text}
      </label>
      <div className="osk-text-row">
        <textarea
          id={textId}
          className="osk-text"
          value={value}
          maxLength={maxLength}
          inputMode="none"
          lang="zh-CN"
          rows={2}
          onChange={(event) => onChange(event.target.value)}
        />
        {actions}
      </div>
      <p className="osk-composing" role="status">
        {pinyin ? labels.composing(pinyin) : labels.hint}
      </p>
      <div className="osk-candidates" role="group" aria-label={labels.candidates}>
        {pinyin && shown.length === 0 && <p>{labels.noCandidates}</p>}
        {shown.map((candidate) => (
          <button key={candidate.text} type="button" className="osk-candidate" lang="zh-CN" onClick={() => choose(candidate)}>
            {candidate.text}
          </button>
        ))}
        {page > 0 && (
          <button type="button" className="osk-candidate osk-candidate--page" onClick={() => setPage(page - 1)}>
            {labels.previous}
          </button>
        )}
        {page < pages - 1 && (
          <button type="button" className="osk-candidate osk-candidate--page" onClick={() => setPage(page + 1)}>
            {labels.next}
          </button>
        )}
      </div>
      <div className="osk-keys simple-keyboard" role="group" aria-label={labels.keys} ref={keysRef} />
    </div>
  );
}
