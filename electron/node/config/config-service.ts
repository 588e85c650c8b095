import { readFile } from 'node:fs/promises';
import type { ConfigProblem, ConfigState } from '#kiosk-config/config-state';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { layerConfig, type ConfigLayerInput } from '#kiosk-config/layer-config';
import { parseConfigText } from '#kiosk-config/parse-config-text';
import type { LastGoodStore } from './last-good-store';

export { createFileLastGoodStore } from './file-last-good-store';
export { createMemoryLastGoodStore, type LastGoodStore } from './last-good-store';

/** The configuration in force and the layers that were rejected (DESIGN.md §7). */
export interface ConfigService {
  current(): ConfigState;
  /** Called after every change of the state, including a newly reported problem. */
  onChange(listener: (state: ConfigState) => void): () => void;
  /**
   * Layers a county configuration document (the configuration fields only, without database
   * metadata) over default ← site. Accepted: it replaces the previous county document and is
   * saved for the next start. Rejected: the previous county document stays in force.
   */
  applyCountyDocument(raw: unknown): ConfigState;
  /**
   * Records that a county document was refused before layering (county-config-guard.ts: not
   * signed, wrong village, replayed): the county layer in force stays, the reason is shown.
   */
  reportCountyProblem(message: string): ConfigState;
}

export interface LoadConfigOptions {
  /** The site's file (kiosk-config/*.json on the kiosk). Absent: default ← county only. */
  siteFile?: string | undefined;
  /** Where the last accepted county document is kept. Absent: nothing survives a restart. */
  countyStore?: LastGoodStore | undefined;
  /** Tests only: replaces the embedded default. */
  defaultConfig?: unknown;
  /** A throwing listener must not stop the others or the caller; defaults to console.error. */
  onListenerError?: (error: unknown) => void;
}

export const COUNTY_DOCUMENT = 'county document';
const SAVED_COUNTY_DOCUMENT = 'county document (saved copy)';

export async function loadConfigService(options: LoadConfigOptions = {}): Promise<ConfigService> {
  const defaults = options.defaultConfig ?? defaultKioskConfig;
  const store = options.countyStore;
  const reportListenerError = options.onListenerError ?? ((error: unknown) => console.error('config listener failed:', error));
  const site = options.siteFile === undefined ? undefined : await readSiteLayer(options.siteFile);
  const siteLayers = site?.ok ? [site.layer] : [];
  const siteReadProblems = site && !site.ok ? [site.problem] : [];

  // The county layer is all-or-nothing: either the last accepted document, or none.
  let county: ConfigLayerInput | undefined;
  let countyProblems: ConfigProblem[] = [];
  const tryCounty = (layer: ConfigLayerInput): ConfigProblem[] => {
    const attempt = layerConfig(defaults, [...siteLayers, layer]);
    if (!attempt.layers.includes('county')) return attempt.problems.filter((p) => p.layer === 'county');
    county = layer;
    return [];
  };

  const stored = store?.load();
  if (stored?.status === 'found') countyProblems = tryCounty({ layer: 'county', source: SAVED_COUNTY_DOCUMENT, raw: stored.raw });
  if (stored?.status === 'unusable') countyProblems = [stored.problem];

  const compose = (): ConfigState => {
    const layered = layerConfig(defaults, county ? [...siteLayers, county] : siteLayers);
    return deepFreeze({ ...layered, problems: [...siteReadProblems, ...layered.problems, ...countyProblems] });
  };
  let state = compose();
  const listeners = new Set<(state: ConfigState) => void>();

  return {
    current: () => state,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyCountyDocument(raw) {
      const previousCounty = county;
      countyProblems = tryCounty({ layer: 'county', source: COUNTY_DOCUMENT, raw });
      if (county !== previousCounty && store) countyProblems = saveCounty(store, raw);
      return publish();
    },
    reportCountyProblem(message) {
      countyProblems = [{ layer: 'county', source: COUNTY_DOCUMENT, path: '', message }];
      return publish();
    },
  };

  function publish(): ConfigState {
    const next = compose();
    // Replication may deliver the same document again: only real changes reach listeners.
    if (JSON.stringify(next) === JSON.stringify(state)) return state;
    state = next;
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        reportListenerError(error);
      }
    }
    return state;
  }
}

async function readSiteLayer(file: string): Promise<{ ok: true; layer: ConfigLayerInput } | { ok: false; problem: ConfigProblem }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `could not read the file (${code ?? String(error)})`;
    return { ok: false, problem: { layer: 'site', source: file, path: '', message } };
  }
  const parsed = parseConfigText(text, file, 'site');
  return parsed.ok ? { ok: true, layer: { layer: 'site', source: file, raw: parsed.raw } } : parsed;
}

/** The document is in force either way; a failed save only means it will not survive a restart. */
function saveCounty(store: LastGoodStore, raw: unknown): ConfigProblem[] {
  try {
    store.save(raw);
    return [];
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const message = `the county document is in force but could not be saved for the next start (${reason})`;
    return [{ layer: 'county', source: store.location, path: '', message }];
  }
}

/** Everyone shares one state object; freezing it keeps one holder from changing it for the rest. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
