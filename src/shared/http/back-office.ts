import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** The owners' web app's address on the server. */
export const BACK_OFFICE_PATH = '/app';

/** Where `npm run build` writes the back office: beside the compiled server, or under dist/ when the server runs from its sources (tests). */
const CANDIDATES = [join(__dirname, '..', '..', 'back-office'), join(__dirname, '..', '..', '..', 'dist', 'back-office')];

/**
 * The back office's own policy: its scripts and styles are files of ours (none inline), it talks
 * to this server only, shows photos from here or https hosts, and frames only the PDFs it made
 * itself (blob: URLs) for the contract's live preview.
 */
export const BACK_OFFICE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https: data: blob:",
  "frame-src 'self' blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built back office under /app: its hashed assets cached for a year, and for any
 * other path under /app its page (the app routes in the browser), never cached, so a new build
 * reaches owners on their next visit. Before a build, a plain answer says how to make one.
 */
export function backOffice(): Router {
  const router = express.Router();
  const dir = CANDIDATES.find((candidate) => existsSync(join(candidate, 'index.html')));
  router.use(policy());
  if (!dir) {
    router.use((_request, response) => {
      response.status(503).type('text/plain').send('The back office is not built: run `npm run build`, which bundles src/back-office into dist/back-office.\n');
    });
    return router;
  }
  const page = readFileSync(join(dir, 'index.html'));
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }), (_request, response) => {
    // An asset of an older build: the page that named it is stale; a reload fetches the new one.
    response.status(404).type('text/plain').send('Not found\n');
  });
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(page);
  });
  return router;
}

function policy(): RequestHandler {
  return (_request, response, next) => {
    response.setHeader('Content-Security-Policy', BACK_OFFICE_POLICY);
    // The app's own pages may say where they came from to this server, never to another site.
    response.setHeader('Referrer-Policy', 'same-origin');
    next();
  };
}
