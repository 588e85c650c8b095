/**
 * Bounds on one configuration layer, checked before anything else looks at it (merging,
 * schema validation, problem messages). A real layer has a few hundred fields; a county
 * document of 200,000 unknown keys used to cost the host seconds of CPU and a 2 MB problem
 * message (issue 8, finding 8). The walk is iterative and stops at the first limit crossed, so
 * its cost is bounded by the limits, not by the input.
 */
export const LAYER_LIMITS = {
  /** Object fields and list entries, counted over the whole layer. */
  maxEntries: 5_000,
  maxDepth: 16,
  /** Any single text (keys included); the schema's own caps are far lower. */
  maxTextLength: 10_000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** A plain-language reason the layer is too large, or undefined when it is within bounds. */
export function layerSizeProblem(raw: unknown, limits: typeof LAYER_LIMITS = LAYER_LIMITS): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  let entries = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > limits.maxTextLength) return `the layer holds a text longer than ${count(limits.maxTextLength)} characters`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) return `the layer is nested deeper than ${limits.maxDepth} levels`;
    const children = Array.isArray(value) ? (value as unknown[]) : Object.keys(value);
    entries += children.length;
    if (entries > limits.maxEntries) return `the layer has more than ${count(limits.maxEntries)} fields and list entries (a configuration has a few hundred)`;
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) stack.push({ value: child, depth: depth + 1 });
    } else {
      for (const key of children as string[]) {
        stack.push({ value: key, depth: depth + 1 });
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
    }
  }
  return undefined;
}
