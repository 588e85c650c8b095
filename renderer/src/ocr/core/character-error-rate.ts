/**
 * Character error rate (issue 12): the edit distance between reference and hypothesis, counted
 * in Unicode code points with all whitespace removed, over the reference's length. `nfkc` folds
 * both first (full-width and half-width punctuation then count as equal). Hand-written: the
 * measure must be exactly this definition, and the two-row Levenshtein is a dozen lines.
 */
export interface CharacterErrors {
  errors: number;
  length: number;
  rate: number;
}

export function characterErrors(reference: string, hypothesis: string, options: { nfkc?: boolean } = {}): CharacterErrors {
  const prepare = (s: string) => [...(options.nfkc ? s.normalize('NFKC') : s).replace(/\s+/gu, '')];
  const ref = prepare(reference);
  const hyp = prepare(hypothesis);
  const errors = editDistance(ref, hyp);
  return { errors, length: ref.length, rate: ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : errors / ref.length };
}

export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
