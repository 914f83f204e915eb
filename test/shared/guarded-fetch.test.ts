import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { guardedGet } from '../../src/shared/outbound/guarded-fetch';
import { OutboundAllowList } from '../../src/shared/outbound/outbound-address';
import { describeOutboundUrl, OutboundFailed, OutboundRefused } from '../../src/shared/outbound/outbound-errors';

const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 01 Jul 2026 10:00:00 GMT';
const MB = 1024 * 1024;

/** The rejection `fetching` ends with, of the class a test expects; fails the test on anything else. */
async function rejectionAs<T extends Error>(errorClass: new (...args: never[]) => T, fetching: Promise<unknown>): Promise<T> {
  try {
    await fetching;
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  throw new Error(`expected ${errorClass.name}, but the fetch answered`);
}
const refusalOf = (fetching: Promise<unknown>) => rejectionAs(OutboundRefused, fetching);
const failureOf = (fetching: Promise<unknown>) => rejectionAs(OutboundFailed, fetching);

/** A server on this machine that counts the connections it is offered. */
interface LocalServer {
  server: Server;
  base: string;
  connections: () => number;
}

async function listen(host: string, handle: Parameters<typeof createServer>[1]): Promise<LocalServer> {
  const server = createServer(handle);
  let connections = 0;
  server.on('connection', () => connections++);
  server.listen(0, host);
  await once(server, 'listening');
  return { server, base: `http://${host}:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

async function close({ server }: LocalServer): Promise<void> {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
}

/** Writes `bytes` in 64 KB chunks, waiting when the client reads slower. */
async function stream(response: ServerResponse, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  for (let sent = 0; sent < bytes && !response.destroyed; sent += chunk.length) {
    if (!response.write(chunk.subarray(0, Math.min(chunk.length, bytes - sent)))) await once(response, 'drain').catch(() => undefined);
  }
  response.end();
}

describe('guarded fetch of an owner-typed URL', () => {
  // A zip bomb: 64 MB of zeros is a few tens of kilobytes on the wire.
  const zeros = Buffer.alloc(64 * MB);
  const bombs: Record<string, Buffer> = { gzip: gzipSync(zeros), deflate: deflateSync(zeros), br: brotliCompressSync(zeros) };
  const compress: Record<string, (text: string) => Buffer> = { gzip: (t) => gzipSync(t), deflate: (t) => deflateSync(t), br: (t) => brotliCompressSync(t) };
  const received: IncomingHttpHeaders[] = [];
  let endlessClosed: Promise<unknown> = Promise.resolve();
  let feeds: LocalServer;
  let elsewhere: LocalServer;
  // The feed server sits on 127.0.0.1, the only address let through; a second server, reachable
  // on 127.0.0.2 (all of 127/8 is loopback), stands for everything the rule must keep out.
  const allow = OutboundAllowList.of(['127.0.0.1']);

  beforeAll(async () => {
    elsewhere = await listen('127.0.0.2', (_, response) => response.end('inside'));
    feeds = await listen('127.0.0.1', (request, response) => {
      received.push(request.headers);
      const url = new URL(request.url ?? '/', 'http://feeds');
      const [, route, argument = ''] = url.pathname.split('/');
      switch (route) {
        case 'feed.ics': {
          const unchanged = request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED;
          response.writeHead(unchanged ? 304 : 200, { etag: ETAG, 'last-modified': LAST_MODIFIED, 'content-type': 'text/calendar; charset=utf-8' });
          return response.end(unchanged ? undefined : CALENDAR);
        }
        case 'status':
          response.writeHead(Number(argument));
          return response.end();
        case 'hops': {
          const left = Number(argument);
          if (left === 0) return response.end('arrived');
          response.writeHead(left % 2 ? 302 : 307, { location: `/hops/${left - 1}?s=secret` });
          return response.end();
        }
        case 'redirect':
          response.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
          return response.end();
        case 'silent':
          return;
        case 'drip': {
          response.writeHead(200);
          const dripping = setInterval(() => response.write('.'), 50);
          response.on('close', () => clearInterval(dripping));
          return;
        }
        case 'sized':
          response.writeHead(200, { 'content-length': argument });
          return void stream(response, Number(argument));
        case 'chunked':
          return void stream(response, Number(argument));
        case 'endless':
          endlessClosed = once(response, 'close');
          return void stream(response, Infinity);
        case 'encoded':
          response.writeHead(200, { 'content-encoding': argument });
          return response.end(compress[argument](CALENDAR));
        case 'bomb':
          response.writeHead(200, { 'content-encoding': argument, 'content-length': bombs[argument].length });
          return response.end(bombs[argument]);
        default:
          response.writeHead(404);
          return response.end();
      }
    });
  });

  afterAll(async () => {
    await close(feeds);
    await close(elsewhere);
  });

  describe('answers', () => {
    it('gives the body with its validators and type', async () => {
      const answer = await guardedGet(`${feeds.base}/feed.ics`, { allow });
      expect(answer).toEqual({
        kind: 'OK',
        body: Buffer.from(CALENDAR),
        etag: ETAG,
        lastModified: LAST_MODIFIED,
        contentType: 'text/calendar; charset=utf-8',
        url: `${feeds.base}/feed.ics`,
      });
    });

    it('asks conditionally with the ETag it is given, and reports an unchanged feed as not modified', async () => {
      expect(await guardedGet(`${feeds.base}/feed.ics`, { allow, etag: ETAG })).toEqual({ kind: 'NOT_MODIFIED' });
      expect(received.at(-1)?.['if-none-match']).toBe(ETAG);
    });

    it('asks conditionally with the Last-Modified date it is given', async () => {
      expect(await guardedGet(`${feeds.base}/feed.ics`, { allow, lastModified: LAST_MODIFIED })).toEqual({ kind: 'NOT_MODIFIED' });
      expect(received.at(-1)?.['if-modified-since']).toBe(LAST_MODIFIED);
    });

    it('gets the whole body again when the feed has changed since', async () => {
      const answer = await guardedGet(`${feeds.base}/feed.ics`, { allow, etag: '"v0"' });
      expect(answer).toMatchObject({ kind: 'OK', etag: ETAG });
    });

    it.each(['gzip', 'deflate', 'br'])('offers compression and decodes a %s body', async (encoding) => {
      const answer = await guardedGet(`${feeds.base}/encoded/${encoding}`, { allow });
      expect(received.at(-1)?.['accept-encoding']).toBe('gzip, deflate, br');
      expect(answer).toMatchObject({ kind: 'OK', body: Buffer.from(CALENDAR) });
    });

    it('follows three redirects, relative ones included, and says where it ended', async () => {
      const answer = await guardedGet(`${feeds.base}/hops/3`, { allow });
      expect(answer).toMatchObject({ kind: 'OK', body: Buffer.from('arrived'), url: `${feeds.base}/hops/0?s=secret` });
    });
  });

  describe('fails with a named reason', () => {
    it('on an error status, which it carries', async () => {
      const failure = await failureOf(guardedGet(`${feeds.base}/status/500`, { allow }));
      expect(failure).toMatchObject({ reason: 'HTTP_STATUS', status: 500 });
    });

    it('on a fourth redirect', async () => {
      expect(await failureOf(guardedGet(`${feeds.base}/hops/4`, { allow }))).toMatchObject({ reason: 'TOO_MANY_REDIRECTS' });
    });

    it('when no answer comes in time', async () => {
      expect(await failureOf(guardedGet(`${feeds.base}/silent`, { allow, timeoutMs: 300 }))).toMatchObject({ reason: 'TIMEOUT' });
    });

    it('when the answer starts in time but its body never ends: the timeout covers the whole exchange', async () => {
      const started = Date.now();
      expect(await failureOf(guardedGet(`${feeds.base}/drip`, { allow, timeoutMs: 300 }))).toMatchObject({ reason: 'TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('takes a body of exactly 5 MB by default, and refuses one byte more, announced or not', async () => {
      expect(await guardedGet(`${feeds.base}/sized/${5 * MB}`, { allow })).toMatchObject({ kind: 'OK', body: expect.objectContaining({ length: 5 * MB }) });
      expect(await failureOf(guardedGet(`${feeds.base}/sized/${5 * MB + 1}`, { allow }))).toMatchObject({ reason: 'TOO_LARGE' });
      expect(await failureOf(guardedGet(`${feeds.base}/chunked/${5 * MB + 1}`, { allow }))).toMatchObject({ reason: 'TOO_LARGE' });
    });

    it('stops reading an endless body at the cap and drops the connection', async () => {
      expect(await failureOf(guardedGet(`${feeds.base}/endless`, { allow, maxBytes: 100_000 }))).toMatchObject({ reason: 'TOO_LARGE' });
      await endlessClosed;
    });

    it.each(['gzip', 'deflate', 'br'])('stops a %s bomb at the cap on the decoded bytes', async (encoding) => {
      expect(await failureOf(guardedGet(`${feeds.base}/bomb/${encoding}`, { allow }))).toMatchObject({ reason: 'TOO_LARGE' });
    });

    it('when nothing listens', async () => {
      const closed = await listen('127.0.0.1', () => undefined);
      await close(closed);
      expect(await failureOf(guardedGet(`${closed.base}/`, { allow }))).toMatchObject({ reason: 'NETWORK' });
    });

    it('when the name does not resolve', async () => {
      expect(await failureOf(guardedGet('http://feeds.invalid/cal.ics'))).toMatchObject({ reason: 'DNS' });
    });
  });

  describe('checks every redirect target like the first URL', () => {
    it('reaches the second server when its address is let through, so refusing it below is the rule at work', async () => {
      const before = elsewhere.connections();
      const answer = await guardedGet(`${elsewhere.base}/`, { allow: OutboundAllowList.of(['127.0.0.2']) });
      expect(answer).toMatchObject({ kind: 'OK', body: Buffer.from('inside') });
      expect(elsewhere.connections()).toBe(before + 1);
    });

    it.each([
      ['a loopback address that is not let through', () => `${elsewhere.base}/`, 'FORBIDDEN_ADDRESS'],
      ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/', 'FORBIDDEN_ADDRESS'],
      ['a private address', () => 'http://10.0.0.1/', 'FORBIDDEN_ADDRESS'],
      ['a file', () => 'file:///etc/passwd', 'SCHEME'],
      ['an address with credentials', () => 'http://user:pw@example.org/', 'CREDENTIALS'],
    ])('refuses a redirect to %s without connecting to it', async (_, target, reason) => {
      const before = elsewhere.connections();
      const refusal = await refusalOf(guardedGet(`${feeds.base}/redirect?to=${encodeURIComponent(target())}`, { allow }));
      expect(refusal.reason).toBe(reason);
      expect(elsewhere.connections()).toBe(before);
    });
  });

  describe('refuses, before any connection, without an allow-list', () => {
    it.each([
      ['http://127.0.0.1/', 'FORBIDDEN_ADDRESS'],
      ['http://localhost/', 'FORBIDDEN_ADDRESS'],
      ['http://[::1]/', 'FORBIDDEN_ADDRESS'],
      ['http://10.1.2.3/', 'FORBIDDEN_ADDRESS'],
      ['http://169.254.169.254/latest/meta-data', 'FORBIDDEN_ADDRESS'],
      ['http://[::ffff:127.0.0.1]/', 'FORBIDDEN_ADDRESS'],
      ['http://0.0.0.0/', 'FORBIDDEN_ADDRESS'],
      ['http://100.64.0.1/', 'FORBIDDEN_ADDRESS'],
      ['http://[fd00::1]/', 'FORBIDDEN_ADDRESS'],
      ['http://2130706433/', 'FORBIDDEN_ADDRESS'],
      ['ftp://example.org/', 'SCHEME'],
      ['file:///etc/passwd', 'SCHEME'],
      ['http://user:pw@example.org/', 'CREDENTIALS'],
      ['http://', 'BAD_URL'],
    ])('%s (%s)', async (url, reason) => {
      expect((await refusalOf(guardedGet(url))).reason).toBe(reason);
    });

    it('never reaches a server listening on loopback, whatever the spelling', async () => {
      const port = new URL(feeds.base).port;
      const before = feeds.connections();
      for (const host of ['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]', '0.0.0.0', '2130706433', '127.1']) {
        expect((await refusalOf(guardedGet(`http://${host}:${port}/feed.ics`))).reason).toBe('FORBIDDEN_ADDRESS');
      }
      expect(feeds.connections()).toBe(before);
    });
  });

  describe('keeps feed secrets out of what it says', () => {
    it('names the host in a refusal, never the credentials or the query', async () => {
      const refusal = await refusalOf(guardedGet('http://owner:pa55word@example.org/cal.ics?s=T0KEN'));
      expect(refusal.message).toContain('example.org');
      expect(refusal.message).not.toMatch(/pa55word|owner|T0KEN/);
    });

    it('names the host in a failure, never the query', async () => {
      const failure = await failureOf(guardedGet(`${feeds.base}/status/403?s=T0KEN`, { allow }));
      expect(failure.message).toBe(`${new URL(feeds.base).host} answered 403`);
    });

    it('describes a URL for logs without credentials, query or token-like path segments', () => {
      expect(describeOutboundUrl('https://owner:pw@www.airbnb.com/calendar/ical/12345.ics?s=T0KEN#x')).toBe('https://www.airbnb.com/calendar/ical/12345.ics');
      expect(describeOutboundUrl('https://calendar.google.com/calendar/ical/a%40b.fr/private-0123456789abcdef0123456789abcdef/basic.ics')).toBe(
        'https://calendar.google.com/calendar/ical/a%40b.fr/…/basic.ics',
      );
      expect(describeOutboundUrl('not a url?s=T0KEN')).toBe('(not a URL)');
    });
  });
});
