import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupFailure, StartupLoading } from './app/startup-notices';
import { openBrowserKioskData } from './data/open-browser-kiosk-data';
import { connectHost } from './host/connect-host';
import './ui/kiosk.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
root.render(<StartupLoading />);

// Entry point of the renderer. A host that cannot be reached leaves a calm message for the
// villager and the details in the console (collected by the host), never on screen.
connectHost().then(
  (host) => {
    root.render(
      <StrictMode>
        <App host={host} openData={openBrowserKioskData} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error('[kiosk] cannot connect to the host', error);
    root.render(<StartupFailure />);
  },
);
