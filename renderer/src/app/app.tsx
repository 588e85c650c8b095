import { useState } from 'react';
import type { KioskHostApi } from '#common/host-contract';
import { DataProvider, type OpenKioskData } from '../data/data-context';
import { HostProvider } from '../host/host-context';
import { BlobUpkeep } from '../sync/blob-upkeep';
import { SyncProvider } from '../sync/sync-provider';
import type { SyncServices } from '../sync/start-renderer-sync';
import { ConfigProvider } from './config-context';
import { KioskErrorBoundary } from './error-boundary';
import { FeatureProviders } from './feature-providers';
import { KioskI18nProvider } from './kiosk-i18n-provider';
import { RouterProvider } from './router';
import { SessionProvider } from './session';
import { Shell } from './shell';
import { StartupFailure, StartupLoading, StorageFailure } from './startup-notices';

/**
 * The whole kiosk UI for one host. Order matters: the configuration is needed by the session
 * (default language) and everything below; the local stores open once, above the session, so
 * a reset never closes them; the sync (SyncProvider) runs below the stores and above the
 * configuration, so a reset never stops it and a county configuration arriving by sync can
 * repair a broken one; the error boundary, router, idle timer and screens are keyed by the
 * session, so a reset remounts them all. The outer boundary is the last resort for a failure
 * in the providers themselves: Home there starts the app over.
 */
export function App({ host, openData, syncServices }: { host: KioskHostApi; openData: OpenKioskData; /** Tests only: fakes of the sync. */ syncServices?: SyncServices }) {
  const [generation, setGeneration] = useState(0);
  return (
    <HostProvider host={host}>
      <KioskErrorBoundary key={generation} onHome={() => setGeneration((current) => current + 1)}>
        <KioskI18nProvider>
          <DataProvider open={openData} loading={<StartupLoading />} failed={() => <StorageFailure />}>
          <BlobUpkeep />
          <SyncProvider {...(syncServices ? { services: syncServices } : {})}>
          <ConfigProvider loading={<StartupLoading />} failed={<StartupFailure />}>
            <SessionProvider>
              {(sessionKey, resetSession) => (
                <KioskErrorBoundary key={sessionKey} onHome={resetSession}>
                  <RouterProvider>
                    <FeatureProviders>
                      <Shell />
                    </FeatureProviders>
                  </RouterProvider>
                </KioskErrorBoundary>
              )}
            </SessionProvider>
          </ConfigProvider>
          </SyncProvider>
          </DataProvider>
        </KioskI18nProvider>
      </KioskErrorBoundary>
    </HostProvider>
  );
}
