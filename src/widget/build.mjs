// Bundles the booking widget (src/widget/main.ts) into one minified script the app serves at
// /widget/osmb-booking.js, and prints its size as browsers download it (gzip). `npm run build`
// runs it after type-checking the widget with src/widget/tsconfig.json.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'dist', 'widget', 'osmb-booking.js');
/** The budget an owner's page pays for the widget; over it, the build fails. */
const MAX_GZIP_BYTES = 50 * 1024;

const result = await build({
  entryPoints: [join(root, 'src', 'widget', 'main.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  banner: { js: '/*! OSMB booking widget — AGPL-3.0-or-later */' },
  write: false,
  logLevel: 'warning',
});

const bytes = result.outputFiles[0].contents;
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, bytes);
const gzip = gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.info(`Widget: ${relative(root, outfile)}, ${kB(bytes.length)} minified, ${kB(gzip)} gzip (budget ${kB(MAX_GZIP_BYTES)})`);
if (gzip > MAX_GZIP_BYTES) {
  console.error(`The widget is over its budget of ${kB(MAX_GZIP_BYTES)} gzip: trim it before shipping.`);
  process.exit(1);
}
