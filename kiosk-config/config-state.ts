import { z } from 'zod';
import { kioskConfigSchema } from './schema';

/** Which layer the configuration in force came from (DESIGN.md §7: default ← site ← county). */
export const configLayerSchema = z.enum(['default', 'site', 'county']);

/**
 * A layer that was rejected. `source` names the file (or "county document"), `path` the
 * field (dotted, e.g. "idle.warningSeconds"), `message` the problem in plain words.
 */
export const configProblemSchema = z
  .object({
    layer: configLayerSchema,
    source: z.string(),
    path: z.string(),
    message: z.string(),
  })
  .strict();

export const configStateSchema = z
  .object({
    config: kioskConfigSchema,
    /** Layers that are in force, lowest first. */
    layers: z.array(configLayerSchema),
    /** Layers that were rejected; the last good configuration stays in force. */
    problems: z.array(configProblemSchema),
  })
  .strict();

export type ConfigLayer = z.output<typeof configLayerSchema>;
export type ConfigProblem = z.output<typeof configProblemSchema>;
export type ConfigState = z.output<typeof configStateSchema>;
