/**
 * Merging one configuration layer over another (DESIGN.md §7). Objects merge field by field;
 * anything else (arrays, strings, numbers, null) replaces wholesale, so a site that lists its
 * village groups gets exactly those groups, never a mix with the default's.
 * Inputs are never mutated: the last good configuration must stay intact if the merge is rejected.
 */

export type PlainObject = Record<string, unknown>;

/** A JSON-style object: `{}` or `Object.create(null)`, not an array, Date, class instance or proxy. */
export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function deepMerge(base: unknown, layer: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(layer)) return layer;
  const merged: PlainObject = {};
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value);
  for (const [key, value] of Object.entries(layer)) setOwn(merged, key, deepMerge(merged[key], value));
  return merged;
}

/**
 * `JSON.parse('{"__proto__": …}')` yields an own field named "__proto__"; plain assignment would
 * instead replace the prototype of the merged object. Defining it keeps it an ordinary (unknown)
 * field, which the strict schema then reports instead of it silently changing behaviour.
 */
function setOwn(target: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
