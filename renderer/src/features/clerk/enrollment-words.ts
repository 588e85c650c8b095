/**
 * What can be wrong with a file the clerk loads, said before it goes to the host: the host
 * validates it again and keeps the credentials, but its refusal reaches the renderer only as
 * "county.enroll failed" (the contract never carries host internals), so the common mistakes
 * are recognised here to tell the clerk what to do next.
 */
export type EnrollmentFileProblem = 'not-json' | 'not-enrollment';

const REQUIRED = ['couchUrl', 'village', 'kioskId', 'username', 'password', 'databases'] as const;

export function enrollmentFileProblem(text: string): EnrollmentFileProblem | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not-enrollment';
  const record = raw as Record<string, unknown>;
  return REQUIRED.every((key) => record[key] !== undefined && record[key] !== null && record[key] !== '') ? null : 'not-enrollment';
}

/** "https://user:pw@county.example:6984/" → "county.example:6984": the server named, nothing else. */
export function serverName(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}
