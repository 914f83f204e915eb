/**
 * Where personal fields sit in an event's payload: dot-separated keys, `*` standing for every
 * element of an array (or every value of an object) at that level: `guest`, `guest.email`,
 * `stays.*.note`. A path that does not reach a value in a given payload names nothing there.
 */
export type FieldPath = string;

/** One value a path reaches, with the concrete path to it (`stays.1.note`). */
export interface FieldAt {
  /** The pattern as declared, `stays.*.note`. */
  readonly field: FieldPath;
  /** Where this value is, `stays.1.note`: what a sealed value is bound to. */
  readonly path: string;
  readonly value: unknown;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function segmentsOf(field: FieldPath): readonly string[] {
  const segments = field.split('.');
  if (segments.some((s) => s === '')) throw new Error(`Personal field path "${field}" has an empty segment`);
  return segments;
}

/** The keys `segment` names in `container`, in order. */
function keysAt(container: Container, segment: string): string[] {
  if (segment !== '*') return Object.hasOwn(container, segment) ? [segment] : [];
  return Array.isArray(container) ? container.map((_, i) => String(i)) : Object.keys(container);
}

const childOf = (container: Container, key: string): unknown => (container as Record<string, unknown>)[key];

const joined = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Every value the field reaches in `data`, absent (undefined) ones left out. */
export function valuesAt(data: unknown, field: FieldPath, segments: readonly string[] = segmentsOf(field)): FieldAt[] {
  const found: FieldAt[] = [];
  const walk = (value: unknown, depth: number, path: string) => {
    if (depth === segments.length) {
      if (value !== undefined) found.push({ field, path, value });
      return;
    }
    if (!isContainer(value)) return;
    for (const key of keysAt(value, segments[depth])) walk(childOf(value, key), depth + 1, joined(path, key));
  };
  walk(data, 0, '');
  return found;
}

/**
 * `data` with each value the field reaches replaced by `replace(value, path)`, copying only the
 * objects and arrays on the way to them: the payload given is never changed, and what the path
 * does not reach is shared, not copied.
 */
export function replaceAt<T>(data: T, field: FieldPath, replace: (value: unknown, path: string) => unknown, segments: readonly string[] = segmentsOf(field)): T {
  const walk = (value: unknown, depth: number, path: string): unknown => {
    if (depth === segments.length) return value === undefined ? value : replace(value, path);
    if (!isContainer(value)) return value;
    let copy: Container | null = null;
    for (const key of keysAt(value, segments[depth])) {
      const before = childOf(value, key);
      const after = walk(before, depth + 1, joined(path, key));
      if (after === before) continue;
      copy ??= Array.isArray(value) ? [...value] : { ...value };
      // Defined, not assigned: a payload's own `__proto__` key stays a key, never a prototype.
      Object.defineProperty(copy, key, { value: after, enumerable: true, writable: true, configurable: true });
    }
    return copy ?? value;
  };
  return walk(data, 0, '') as T;
}
