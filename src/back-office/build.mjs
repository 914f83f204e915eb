// Bundles the owners' back office (src/back-office/main.tsx) for the browser: one script and one
// style sheet named by their content's hash under dist/back-office/assets/ (cached for a year by
// the server), and the page that loads them, dist/back-office/index.html (never cached). Prints
// what a phone downloads on a first visit (gzip), and fails over its budget. `npm run build`
// runs it after type-checking the app with src/back-office/tsconfig.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'back-office');
/** What a first visit may weigh (script, styles and page, gzip): a phone on a rural 3G line. */
const MAX_GZIP_BYTES = 150 * 1024;

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: { app: join(root, 'src', 'back-office', 'main.tsx') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  jsx: 'automatic',
  charset: 'utf8',
  legalComments: 'none',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  outdir: join(out, 'assets'),
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.svg': 'file' },
  metafile: true,
  write: true,
  logLevel: 'warning',
});

const outputs = result.metafile.outputs;
const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith('.js'));
const script = join(root, entry);
const style = outputs[entry].cssBundle ? join(root, outputs[entry].cssBundle) : undefined;
/** What the page loads before anything shows: the entry and the chunks it imports statically, not the screens it loads later. */
function firstLoad(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') firstLoad(imported.path, seen);
  return seen;
}
const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>OSMB — espace propriétaire</title>
${style ? `<link rel="stylesheet" href="/app/assets/${basename(style)}">\n` : ''}<script type="module" src="/app/assets/${basename(script)}"></script>
</head>
<body>
<div id="root"><noscript>Activez JavaScript pour utiliser l’espace propriétaire. / Turn JavaScript on to use the owner’s space.</noscript></div>
</body>
</html>
`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), page);

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const scripts = [...firstLoad(entry)].map((path) => join(root, path));
const scriptBytes = scripts.reduce((sum, path) => sum + gzip(path), 0);
const total = gzip(join(out, 'index.html')) + scriptBytes + (style ? gzip(style) : 0);
const screens = Object.keys(outputs).filter((path) => path.endsWith('.js') && !firstLoad(entry).has(path));
const largest = Math.max(0, ...screens.map((path) => gzip(join(root, path))));
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.info(`Back office: ${relative(root, out)}, first load ${kB(total)} gzip (scripts ${kB(scriptBytes)}${style ? `, styles ${kB(gzip(style))}` : ''}; budget ${kB(MAX_GZIP_BYTES)}); then each screen on its first visit, the largest ${kB(largest)}`);
if (total > MAX_GZIP_BYTES) {
  console.error(`The back office's first load is over its budget of ${kB(MAX_GZIP_BYTES)} gzip: trim it before shipping.`);
  process.exit(1);
}
