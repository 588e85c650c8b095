import { useEffect, useState } from 'react';
import { useHost } from '../../host/host-context';

/** Which host serves this renderer ('electron' or 'browser'), once known. */
export function useHostKind(): 'electron' | 'browser' | null {
  const host = useHost();
  const [kind, setKind] = useState<'electron' | 'browser' | null>(null);
  useEffect(() => {
    let live = true;
    host.invoke('system.info').then(
      (info) => live && setKind(info.hostKind),
      (error: unknown) => console.warn('[kiosk] system info unavailable', error),
    );
    return () => {
      live = false;
    };
  }, [host]);
  return kind;
}
