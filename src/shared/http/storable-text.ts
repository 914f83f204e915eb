/**
 * Text PostgreSQL refuses to store: a NUL character (in `text` and in `jsonb`), or a lone UTF-16
 * surrogate, which has no UTF-8 form. Caught at the edge, a client learns which input is at fault
 * instead of getting an internal error from the database. `\p{Surrogate}` in a `u` regex matches
 * only surrogates that are not part of a pair: it is `!String.prototype.isWellFormed()`, which
 * Node 20 has but our ES2023 type library does not declare.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /[\u0000\p{Surrogate}]/u;

/** What is wrong with a text that cannot be stored, or null when it can be. */
export function unstorableText(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000' ? 'must not contain the NUL character (U+0000)' : 'must not contain a lone UTF-16 surrogate';
}

export interface UnstorableInput {
  /** Where it is, as fields are named in errors: `input.guest.lastName`, `stays[1].note`. */
  readonly field: string;
  readonly problem: string;
}

export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** The first text that cannot be stored in a parsed query string or JSON body, keys included. */
export function findUnstorableText(value: unknown, path: string): UnstorableInput | null {
  if (typeof value === 'string') {
    const problem = unstorableText(value);
    return problem ? { field: path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorableText(item, fieldPath(path, i));
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorableText(key);
      if (problem) return { field: path, problem: `names of its fields ${problem}` };
      const found = findUnstorableText(item, fieldPath(path, key));
      if (found) return found;
    }
  }
  return null;
}
