import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The back office's operations typed from the API's own schema.gql: `npm run back-office:codegen`
 * writes src/back-office/graphql/ (committed, so a build needs no generator), and CI checks it
 * matches today's schema and operations.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['src/back-office/**/*.tsx', 'src/back-office/**/*.ts', '!src/back-office/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/back-office/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string', ID: 'string' }, avoidOptionals: false, skipTypename: true },
    },
  },
};

export default config;
