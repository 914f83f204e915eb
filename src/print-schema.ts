import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './app.module';

const SCHEMA_FILE = resolve(__dirname, '..', 'schema.gql');

/** The schema as the resolvers declare it, sorted so that a diff shows only real changes. */
export async function printedSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const printed = await printedSchema();
  if (process.argv.includes('--write')) {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`Wrote ${SCHEMA_FILE}`);
    return;
  }
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== printed) {
    console.error('schema.gql is stale: run `npm run schema:generate` and commit it.');
    process.exit(1);
  }
  console.log('schema.gql is up to date.');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
