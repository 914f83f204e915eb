/**
 * The architecture as rules (shared/DESIGN.md): a domain stays pure, and bounded contexts meet
 * only through each other's contracts.ts. `npm run boundaries` fails on any violation.
 */
const CONTEXTS = 'catalogue|tarification|reservation|paiement|communication|synchronisation';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports only its own domain/ and the shared kernel: no NestJS, ORM, I/O or other layers',
      severity: 'error',
      from: { path: `^src/(${CONTEXTS})/domain/`, pathNot: '\\.spec\\.ts$' },
      to: { path: '^(src|test)/', pathNot: [`^src/$1/domain/`, '^src/shared/kernel/'] },
    },
    {
      name: 'domain-uses-no-framework',
      comment: 'a decider needs no framework, database or HTTP package',
      severity: 'error',
      from: { path: `^src/(${CONTEXTS})/domain/` },
      to: { dependencyTypes: ['npm'], path: '(@nestjs|@mikro-orm|pg|express|graphql|@eventstore|argon2)' },
    },
    {
      name: 'contexts-meet-through-contracts',
      comment: "a context reaches another only through that context's contracts.ts",
      severity: 'error',
      from: { path: `^src/(${CONTEXTS})/` },
      to: { path: `^src/(${CONTEXTS})/`, pathNot: [`^src/$1/`, `^src/(${CONTEXTS})/contracts\\.ts$`] },
    },
    {
      name: 'kernel-is-pure',
      comment: 'the shared kernel is used by every domain, so it is held to the same rule',
      severity: 'error',
      from: { path: '^src/shared/kernel/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(src|test)/', pathNot: '^src/shared/kernel/' },
    },
    {
      name: 'kernel-uses-no-framework',
      severity: 'error',
      from: { path: '^src/shared/kernel/' },
      to: { dependencyTypes: ['npm'], path: '(@nestjs|@mikro-orm|pg|express|graphql|@eventstore|argon2)' },
    },
    {
      name: 'platform-knows-no-context',
      comment: 'shared/ and event-store/ sit below the contexts and must not depend on them',
      severity: 'error',
      from: { path: '^src/(shared|event-store)/' },
      to: { path: `^src/(${CONTEXTS})/` },
    },
    {
      name: 'back-office-is-an-api-client',
      comment: 'the back office reaches the server only through the public GraphQL API, never by importing its code',
      severity: 'error',
      from: { path: '^src/back-office/' },
      to: { path: '^(src|test)/', pathNot: '^src/back-office/' },
    },
    {
      name: 'server-knows-no-back-office',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/back-office/' },
      to: { path: '^src/back-office/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
