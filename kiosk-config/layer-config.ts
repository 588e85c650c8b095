import { z } from 'zod';
import type { ConfigLayer, ConfigProblem, ConfigState } from './config-state';
import { configErrorMap } from './config-issue-message';
import { deepMerge } from './deep-merge';
import { layerSizeProblem } from './layer-size';
import { kioskConfigSchema, type KioskConfig } from './schema';

/** One layer above the embedded default, in the order it applies (DESIGN.md §7). */
export interface ConfigLayerInput {
  layer: Exclude<ConfigLayer, 'default'>;
  /** The file path, or "county document": named in every problem this layer causes. */
  source: string;
  /** The parsed JSON, not yet trusted. */
  raw: unknown;
}

/** A layer's top level must be an object of fields; zod states what was found instead. */
const layerShapeSchema = z.looseObject({});

/**
 * Builds the configuration in force: default ← each layer in order. Each layer is merged over
 * the last good configuration and the result validated by the one schema. A rejected layer
 * changes nothing (its problems are recorded) and later layers still apply over the last good
 * configuration, so one bad county push never takes a working kiosk down.
 * Pure and isomorphic: the same function runs in the host and in tests.
 */
export function layerConfig(defaultConfig: unknown, layers: readonly ConfigLayerInput[]): ConfigState {
  const base = kioskConfigSchema.safeParse(defaultConfig, { error: configErrorMap });
  if (!base.success) {
    const details = issuesToProblems(base.error.issues, 'default', 'embedded default').map(formatConfigProblem);
    throw new Error(`The embedded default configuration is invalid (a build error):\n${details.join('\n')}`);
  }
  let config: KioskConfig = base.data;
  const inForce: ConfigLayer[] = ['default'];
  const problems: ConfigProblem[] = [];
  for (const { layer, source, raw } of layers) {
    const tooLarge = layerSizeProblem(raw);
    if (tooLarge) {
      problems.push({ layer, source, path: '', message: tooLarge });
      continue;
    }
    const result = applyLayer(config, raw);
    if (result.success) {
      config = result.data;
      inForce.push(layer);
    } else {
      problems.push(...issuesToProblems(result.error.issues, layer, source));
    }
  }
  return { config, layers: inForce, problems };
}

function applyLayer(config: KioskConfig, raw: unknown) {
  const shape = layerShapeSchema.safeParse(raw, { error: configErrorMap });
  if (!shape.success) return shape;
  return kioskConfigSchema.safeParse(deepMerge(config, raw), { error: configErrorMap });
}

/** A clerk reads these on the kiosk screen: a handful of short lines, never a wall of text. */
const MAX_PROBLEMS_PER_LAYER = 10;
const MAX_MESSAGE_LENGTH = 300;
const MAX_PATH_LENGTH = 200;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[], layer: ConfigLayer, source: string): ConfigProblem[] {
  const shown = issues.slice(0, MAX_PROBLEMS_PER_LAYER).map((issue) => {
    // One unknown field is reported at its own path ("idle.warningSecs"), so the file's author
    // is pointed at the exact line to fix.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, ...issue.keys] : issue.path;
    return { layer, source, path: clip(path.map(String).join('.'), MAX_PATH_LENGTH), message: clip(issue.message, MAX_MESSAGE_LENGTH) };
  });
  const hidden = issues.length - shown.length;
  if (hidden > 0) shown.push({ layer, source, path: '', message: `and ${hidden} more problem${hidden === 1 ? '' : 's'} in this layer` });
  return shown;
}

/** One line naming the file, the field and the problem, for logs, the clerk screen and the CLI. */
export function formatConfigProblem(problem: ConfigProblem): string {
  const where = problem.path === '' ? '' : ` field "${problem.path}"`;
  return `${problem.source} (${problem.layer} configuration)${where}: ${problem.message}`;
}
