import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeSchema } from '../../src/print-event-contract';
import { PUBLIC_EVENT_EXAMPLES } from '../../src/synchronisation/domain/integration/public-event-examples';
import { PUBLIC_EVENT_TYPES, PUBLIC_EVENTS } from '../../src/synchronisation/domain/integration/public-events';

/**
 * Every shape each public event type has had, by version, as published. A shape changes only
 * with a new version, added here beside the old one: integrators built on the old one.
 */
const PUBLISHED = JSON.parse(readFileSync(resolve(__dirname, 'integration-event-shapes.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('the public integration events’ contract', () => {
  it.each(PUBLIC_EVENT_TYPES)('%s has the shape published for its version (a change needs a new version, recorded in integration-event-shapes.json)', (type) => {
    const { version, schema } = PUBLIC_EVENTS[type];
    expect(PUBLISHED[type]).toBeDefined();
    expect({ type, version, shape: describeSchema(schema) }).toEqual({ type, version, shape: PUBLISHED[type][String(version)] });
  });

  it('never drops a type once published', () => {
    expect(Object.keys(PUBLISHED).filter((type) => !(PUBLIC_EVENT_TYPES as string[]).includes(type))).toEqual([]);
  });

  it.each(PUBLIC_EVENT_TYPES)('%s’s example in the README is of its exact shape', (type) => {
    const parsed = PUBLIC_EVENTS[type].schema.safeParse(PUBLIC_EVENT_EXAMPLES[type]);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
