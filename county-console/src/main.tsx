import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './app/console-app';
import { createCouchApi } from './couch/couch-api';
import './console.css';

/**
 * Composition root of the county console: CouchDB on this origin under /couch/ (the console
 * server's proxy), the deployment's database prefix from /console-config.json.
 */
async function start(): Promise<void> {
  const config = (await fetch('/console-config.json').then((response) => response.json())) as { prefix?: string };
  const api = createCouchApi({ baseUrl: new URL('/couch/', window.location.origin).toString() });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConsoleApp api={api} prefix={config.prefix ?? ''} />
    </StrictMode>,
  );
}

void start();
