import type { ConfigState } from '#kiosk-config/config-state';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { layerConfig } from '#kiosk-config/layer-config';
import type { ConfigService } from './config-service';

/**
 * A ConfigService for other services' tests: starts from the embedded default (or a given
 * state), layers county documents with the real rules, and lets a test push any state.
 */
export function createFakeConfigService(initial?: ConfigState): ConfigService & { setState(state: ConfigState): void } {
  let state = initial ?? layerConfig(defaultKioskConfig, []);
  const listeners = new Set<(state: ConfigState) => void>();
  const setState = (next: ConfigState) => {
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  return {
    current: () => state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyCountyDocument(raw) {
      const next = layerConfig(state.config, [{ layer: 'county', source: 'county document', raw }]);
      setState({ ...next, layers: next.layers.includes('county') && !state.layers.includes('county') ? [...state.layers, 'county'] : state.layers, problems: next.problems });
      return state;
    },
    reportCountyProblem(message) {
      setState({ ...state, problems: [{ layer: 'county', source: 'county document', path: '', message }] });
      return state;
    },
    setState,
  };
}
