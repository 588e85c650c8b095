import type { CouchApi } from './couch-api';

/** Who is signed in, and what the console lets them do (CouchDB enforces the same). */
export interface ConsoleSession {
  name: string;
  roles: string[];
  /** Role `county` or a server admin: answers reports and publishes. */
  canAnswer: boolean;
}

export const ANSWER_ROLES = ['county', '_admin'];
export const READ_ROLES = ['county', 'county-viewer', '_admin'];

export function toSession(userCtx: { name: string | null; roles: string[] }): ConsoleSession | undefined {
  if (!userCtx.name || !userCtx.roles.some((role) => READ_ROLES.includes(role))) return undefined;
  return { name: userCtx.name, roles: userCtx.roles, canAnswer: userCtx.roles.some((role) => ANSWER_ROLES.includes(role)) };
}

/** The account signed in with the cookie, if any and if it is county staff. */
export async function currentSession(api: CouchApi): Promise<{ session?: ConsoleSession; signedInWithoutRole?: string }> {
  const { userCtx } = await api.request<{ userCtx: { name: string | null; roles: string[] } }>('GET', '_session');
  const session = toSession(userCtx);
  return session ? { session } : userCtx.name ? { signedInWithoutRole: userCtx.name } : {};
}

/** CouchDB's cookie sign-in: the password goes to CouchDB once and is kept nowhere. */
export async function signIn(api: CouchApi, name: string, password: string): Promise<{ name: string | null; roles: string[] }> {
  const result = await api.request<{ name: string | null; roles: string[] }>('POST', '_session', { body: { name, password } });
  return result;
}

export async function signOut(api: CouchApi): Promise<void> {
  await api.request('DELETE', '_session');
}
