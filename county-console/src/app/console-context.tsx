import { createContext, useContext } from 'react';
import type { CouchApi } from '../couch/couch-api';
import type { ConsoleSession } from '../couch/session';

/** What every page needs: CouchDB, the deployment's database names, who is signed in. */
export interface ConsoleServices {
  api: CouchApi;
  prefix: string;
  gatherDb: string;
  session: ConsoleSession;
  villageDb: (village: string, kind: 'reports' | 'blobs') => string;
}

export const ConsoleContext = createContext<ConsoleServices | undefined>(undefined);

export function useConsole(): ConsoleServices {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside the signed-in console');
  return value;
}
