import type { ConfigLayer, ConfigProblem } from './config-state';
import { locateJsonError } from './locate-json-error';

export type ParsedConfigText = { ok: true; raw: unknown } | { ok: false; problem: ConfigProblem };

/**
 * Turns a layer's JSON text into a raw value for `layerConfig`, or a problem naming the file
 * and where the JSON breaks. Windows Notepad saves UTF-8 with a byte-order mark, which
 * `JSON.parse` rejects; it is invisible to the person editing, so it is skipped here.
 */
export function parseConfigText(text: string, source: string, layer: Exclude<ConfigLayer, 'default'> = 'site'): ParsedConfigText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: { layer, source, path: '', message: 'the file is empty (expected a JSON object { … })' } };
  try {
    return { ok: true, raw: JSON.parse(body) as unknown };
  } catch (error) {
    const where = locateJsonError(body);
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
      : `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problem: { layer, source, path: '', message } };
  }
}
