import { useCallback, useMemo, useRef, useState } from 'react';
import { DialogLayerContext, type DialogLayer } from '../ui/dialog-layer';
import { AlertBanner } from '../features/alerts/alert-banner';
import { ConfigProblemBanner } from './config-problem-banner';
import { CurrentScreen } from './current-screen';
import { DeviceInputProvider } from './device-input';
import { IdleResetProvider } from './idle-reset';

/**
 * The page: emergency alerts above everything, the current screen and the dialog layer inside
 * <main>, the configuration banner below. While a dialog is open everything behind it is `inert` (set on the DOM directly, so
 * it is lifted synchronously when the dialog closes and focus can return to the screen).
 */
export function Shell() {
  const [layerElement, setLayerElement] = useState<HTMLDivElement | null>(null);
  const screenHost = useRef<HTMLDivElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const openDialogs = useRef(0);

  const applyInert = useCallback(() => {
    for (const element of [screenHost.current, banner.current]) {
      if (openDialogs.current > 0) element?.setAttribute('inert', '');
      else element?.removeAttribute('inert');
    }
  }, []);

  const layer = useMemo<DialogLayer>(
    () => ({
      container: layerElement,
      opened: () => {
        openDialogs.current += 1;
        applyInert();
        return () => {
          openDialogs.current -= 1;
          applyInert();
        };
      },
    }),
    [layerElement, applyInert],
  );

  return (
    <DialogLayerContext.Provider value={layer}>
      <IdleResetProvider>
        <DeviceInputProvider>
        <div className="kiosk-app">
          <AlertBanner />
          <main className="kiosk-main">
            <div className="kiosk-screen-host" ref={screenHost}>
              <CurrentScreen />
            </div>
            <div className="kiosk-dialog-layer" ref={setLayerElement} />
          </main>
          <ConfigProblemBanner ref={banner} />
        </div>
        </DeviceInputProvider>
      </IdleResetProvider>
    </DialogLayerContext.Provider>
  );
}
