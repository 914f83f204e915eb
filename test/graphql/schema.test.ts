import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { printedSchema } from '../../src/print-schema';
import { startTestApp } from '../support/test-app';

describe('schema.gql', () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');

  it('is what the resolvers declare (run `npm run schema:generate` when this fails)', async () => {
    expect(await printedSchema()).toBe(committed);
  });

  it('is what the running server answers to introspection', async () => {
    const t = await startTestApp();
    try {
      const answer = await t.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
      const served = printSchema(lexicographicSortSchema(buildClientSchema(answer.data as IntrospectionQuery)));
      expect(`${served}\n`).toBe(committed);
    } finally {
      await t.close();
    }
  });
});
