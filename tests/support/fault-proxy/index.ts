export { startFaultProxy, type FaultMode, type FaultOptions, type FaultProxy, type FaultProxyStats } from './fault-proxy';
