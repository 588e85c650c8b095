import vm from 'node:vm';

/**
 * Evaluates a design-function source the way a CouchDB query server does — in a fresh global
 * scope with no Node APIs, only CouchDB's helpers — so unit tests exercise the exact string
 * that is installed on the server. Not a security boundary: tests only.
 */
export function compileDesignFunction<F extends (...args: never[]) => unknown>(source: string): F {
  const sandbox = vm.createContext({
    log: () => undefined,
    isArray: Array.isArray,
    toJSON: JSON.stringify,
  });
  const compiled: unknown = vm.runInContext(`(${source})`, sandbox);
  if (typeof compiled !== 'function') throw new Error('design source does not evaluate to a function');
  return compiled as F;
}

export interface UserCtx {
  name: string | null;
  roles: string[];
  db?: string;
}

export type ValidateDocUpdate = (newDoc: object, oldDoc: object | null, userCtx: UserCtx, secObj: object) => void;

/**
 * Runs a validator and returns CouchDB's verdict: undefined when accepted, else the thrown
 * object's `forbidden`/`unauthorized` message. Anything else thrown is a bug in the validator.
 */
export function verdict(validate: ValidateDocUpdate, newDoc: object, oldDoc: object | null, userCtx: UserCtx): string | undefined {
  try {
    validate(newDoc, oldDoc, userCtx, {});
    return undefined;
  } catch (thrown) {
    const record = thrown as { forbidden?: unknown; unauthorized?: unknown } | null;
    if (record && typeof record.forbidden === 'string') return `forbidden: ${record.forbidden}`;
    if (record && typeof record.unauthorized === 'string') return `unauthorized: ${record.unauthorized}`;
    throw thrown;
  }
}
