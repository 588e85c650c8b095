import { isValidResidentId, repairResidentId } from './resident-id';

export type FieldKind = 'resident-id' | 'phone';

export interface RecognisedField {
  kind: FieldKind;
  value: string;
  /** UTF-16 offsets in the text the field was found in. */
  start: number;
  end: number;
  /** Resident IDs: the check character verified. Phones: a well-formed mobile or landline number. */
  valid: boolean;
}

// A candidate run for an ID: 18 characters of digits or digit look-alikes, possibly with the
// single spaces an engine puts between digit groups. Not preceded or followed by a digit.
const ID_CANDIDATE = /(?<![0-9A-Za-z])[0-9OoDQIl|iZzSsBg](?:[ ]?[0-9OoDQIl|iZzSsBg]){16}[ ]?[0-9Xx×OoDQIl|iZzSsBg](?![0-9A-Za-z])/gu;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/gu;
const LANDLINE = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/gu;

/**
 * Resident IDs and phone numbers in a page's text. An ID candidate with confusable characters
 * is repaired only when the repaired number verifies; an 18-digit run that does not verify is
 * still reported, as `valid: false`, so the clerk is told to check it.
 */
export function findFields(text: string): RecognisedField[] {
  const fields: RecognisedField[] = [];
  for (const match of text.matchAll(ID_CANDIDATE)) {
    const raw = match[0];
    const repaired = repairResidentId(raw);
    const digitsOnly = raw.replace(/ /g, '');
    if (repaired) fields.push({ kind: 'resident-id', value: repaired, start: match.index, end: match.index + raw.length, valid: true });
    else if (/^\d{17}[\dXx]$/.test(digitsOnly)) fields.push({ kind: 'resident-id', value: digitsOnly.toUpperCase(), start: match.index, end: match.index + raw.length, valid: isValidResidentId(digitsOnly.toUpperCase()) });
  }
  const insideId = (start: number, end: number) => fields.some((f) => f.kind === 'resident-id' && start < f.end && end > f.start);
  for (const pattern of [MOBILE, LANDLINE]) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!insideId(match.index, end)) fields.push({ kind: 'phone', value: match[0], start: match.index, end, valid: true });
    }
  }
  return fields.sort((a, b) => a.start - b.start);
}

/** Writes repaired ID numbers back into the text (O→0 and the like, only where the check verified). */
export function applyFieldRepairs(text: string, fields: RecognisedField[] = findFields(text)): string {
  let out = '';
  let at = 0;
  for (const field of fields) {
    if (field.kind !== 'resident-id' || !field.valid) continue;
    out += text.slice(at, field.start) + field.value;
    at = field.end;
  }
  return out + text.slice(at);
}

/** For lists: 510112********2420, 138****8275, 028-****3456 (keep the region or area code and the last four). */
export function maskField(field: Pick<RecognisedField, 'kind' | 'value'>): string {
  const v = field.value;
  if (field.kind === 'resident-id') return v.length === 18 ? `${v.slice(0, 6)}********${v.slice(14)}` : '*'.repeat(v.length);
  if (/^1\d{10}$/.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  const [area, number] = v.split('-');
  return number === undefined ? v.replace(/\d(?=\d{4})/g, '*') : `${area}-${number.replace(/\d(?=\d{4})/g, '*')}`;
}

/** Every ID and phone in a text replaced by its mask (what a list or search result shows). */
export function maskFieldsInText(text: string): string {
  let out = '';
  let at = 0;
  for (const field of findFields(text)) {
    out += text.slice(at, field.start) + maskField(field);
    at = field.end;
  }
  return out + text.slice(at);
}
