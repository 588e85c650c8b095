import { contextBridge, ipcRenderer } from 'electron';
import { KIOSK_HOST_GLOBAL, buildKioskHost } from './build-kiosk-host';

// Sandboxed preload: bundled into one CommonJS file whose only require is 'electron'
// (scripts/build-electron.mjs checks this). All logic lives in build-kiosk-host.ts.
contextBridge.exposeInMainWorld(KIOSK_HOST_GLOBAL, buildKioskHost(ipcRenderer));
