/*
 * Lets `node -r ./test/support/swc-register.cjs some.ts` run the app's TypeScript as jest does
 * (with @swc/core and the project's .swcrc), for tests that start the app in a child process.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a require hook is loaded before any module system but CommonJS */
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { filename, swcrc: true });
  module._compile(code, filename);
};
