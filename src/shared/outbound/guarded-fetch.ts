import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addAbortSignal, pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { OutboundFailed, OutboundRefused } from './outbound-errors';
import { forbiddenRangeOf, OutboundAllowList } from './outbound-address';

/**
 * The one way the platform fetches a URL an owner typed (iCal feeds, webhook endpoints): http(s)
 * only, never to an address on our side of the network (shared/DESIGN.md, issue 14 "Safety").
 */
export interface GuardedGetOptions {
  /** The whole exchange, redirects and body included: a server dripping a byte a second is cut too. */
  readonly timeoutMs?: number;
  /** Counted on the body as decoded, so a compressed bomb stops at the cap as well. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** From the previous answer, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly userAgent?: string;
  /** For tests only: addresses let through despite the rule. */
  readonly allow?: OutboundAllowList;
}

export type GuardedGetResult =
  | { readonly kind: 'NOT_MODIFIED' }
  | {
      readonly kind: 'OK';
      readonly body: Buffer;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly contentType: string | null;
      /** Where the body came from, after redirects. */
      readonly url: string;
    };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 3;
const DEFAULT_USER_AGENT = 'osmb (holiday rental booking platform)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs `url`, following at most `maxRedirects` redirects, each target checked like the first.
 * An https page may redirect to http: only that server can order it, and we already trust it for
 * the content, so it gives no more than an owner typing an http URL, which is allowed. Throws
 * `OutboundRefused` before any connection, or `OutboundFailed`.
 */
export async function guardedGet(url: string, options: GuardedGetOptions = {}): Promise<GuardedGetResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allow = options.allow ?? OutboundAllowList.none;
  const headers = requestHeaders(options);
  const conditional = 'if-none-match' in headers || 'if-modified-since' in headers;
  const deadline = AbortSignal.timeout(timeoutMs);
  let target = checkedUrl(url, allow);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await send(target, headers, allow, deadline);
      const location = REDIRECT_STATUSES.has(response.statusCode ?? 0) ? response.headers.location : undefined;
      if (location === undefined) return await answer(response, target, conditional, maxBytes, deadline);
      response.destroy();
      if (redirects === maxRedirects) {
        throw new OutboundFailed('TOO_MANY_REDIRECTS', `${target.host} redirected more than ${maxRedirects} times`);
      }
      target = checkedUrl(location, allow, target);
    }
  } catch (error) {
    throw outboundError(error, target, deadline, timeoutMs);
  }
}

export interface GuardedPostOptions {
  /** The whole exchange, the answer's body included. */
  readonly timeoutMs?: number;
  /** Of the answer's body, read only to let the connection end cleanly, then thrown away. */
  readonly maxResponseBytes?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly userAgent?: string;
  /** For tests only: addresses let through despite the rule. */
  readonly allow?: OutboundAllowList;
}

const DEFAULT_POST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs `body` to `url` under the same rules as `guardedGet`, and answers the status, whatever it
 * is. A redirect is an answer too, never followed: a receiver that moved says so by failing, and
 * a 307 cannot replay a signed body at an address nobody checked. Throws `OutboundRefused`
 * before any connection, or `OutboundFailed` when no status came back in time.
 */
export async function guardedPost(url: string, body: string, options: GuardedPostOptions = {}): Promise<{ readonly status: number }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
  const allow = options.allow ?? OutboundAllowList.none;
  const deadline = AbortSignal.timeout(timeoutMs);
  const target = checkedUrl(url, allow);
  const headers: OutgoingHttpHeaders = {
    ...options.headers,
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    'content-length': Buffer.byteLength(body, 'utf8'),
  };
  try {
    const response = await send(target, headers, allow, deadline, body);
    await discardBody(response, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    return { status: response.statusCode ?? 0 };
  } catch (error) {
    throw outboundError(error, target, deadline, timeoutMs);
  }
}

/** Reads the answer up to `maxBytes` and drops the connection past that: nobody reads it. */
async function discardBody(response: IncomingMessage, maxBytes: number): Promise<void> {
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) break;
  }
  response.destroy();
}

/**
 * Whether `url` could be fetched now: its scheme and form, then every address its name resolves
 * to. For checking a URL when an owner types it; the fetch itself checks again, after its own
 * lookup. Throws `OutboundRefused`, or `OutboundFailed` ('DNS') for a name that does not resolve.
 */
export async function checkOutboundUrl(url: string, allow: OutboundAllowList = OutboundAllowList.none): Promise<void> {
  const target = checkedUrl(url, allow);
  const literal = target.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(literal) !== 0) return;
  const addresses = await new Promise<{ address: string }[]>((resolve, reject) =>
    dnsLookup(target.hostname, { all: true }, (error, found) => (error ? reject(new OutboundFailed('DNS', `${target.hostname} could not be resolved (${error.code ?? 'error'})`)) : resolve(found))),
  );
  for (const { address } of addresses) {
    const range = forbiddenRangeOf(address, allow);
    if (range !== null) throw forbiddenAddress(target.host, address, range);
  }
}

/** What can be refused from the URL alone, before anything is sent. */
function checkedUrl(text: string, allow: OutboundAllowList, redirectedFrom?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, redirectedFrom);
  } catch {
    throw new OutboundRefused('BAD_URL', redirectedFrom ? `${redirectedFrom.host} redirected to something that is not a URL` : 'not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundRefused('SCHEME', `only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new OutboundRefused('CREDENTIALS', `${url.host}: a URL with a user name or password is not fetched`);
  }
  // Node connects to a literal IP without calling `lookup`, so it is judged here instead.
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(literal) !== 0) {
    const range = forbiddenRangeOf(literal, allow);
    if (range !== null) throw forbiddenAddress(url.host, literal, range);
  }
  return url;
}

function forbiddenAddress(host: string, address: string, range: string): OutboundRefused {
  return new OutboundRefused('FORBIDDEN_ADDRESS', `${host} is not fetched: ${address} is a ${range} address`);
}

/**
 * Resolves the name, refuses if any of its addresses is forbidden, and hands Node the addresses
 * it has just checked: Node connects to exactly those, so neither a name pointing at 127.0.0.1
 * nor one that changes its answer between a check and the connection (DNS rebinding) gets by.
 */
function guardedLookup(host: string, allow: OutboundAllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      for (const { address } of addresses) {
        const range = forbiddenRangeOf(address, allow);
        if (range !== null) return callback(forbiddenAddress(host, address, range), '');
      }
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function requestHeaders(options: GuardedGetOptions): OutgoingHttpHeaders {
  return {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
  };
}

function send(target: URL, headers: OutgoingHttpHeaders, allow: OutboundAllowList, deadline: AbortSignal, body?: string): Promise<IncomingMessage> {
  // No shared agent: a pooled socket could have been opened by code that skipped the address check.
  const options: RequestOptions = { method: body === undefined ? 'GET' : 'POST', headers, signal: deadline, agent: false, lookup: guardedLookup(target.host, allow) };
  return new Promise((resolve, reject) => {
    const request = target.protocol === 'https:' ? httpsRequest(target, options, resolve) : httpRequest(target, options, resolve);
    request.on('error', reject).end(body);
  });
}

async function answer(response: IncomingMessage, target: URL, conditional: boolean, maxBytes: number, deadline: AbortSignal): Promise<GuardedGetResult> {
  const status = response.statusCode ?? 0;
  if (status === 304 && conditional) {
    response.destroy();
    return { kind: 'NOT_MODIFIED' };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    throw new OutboundFailed('HTTP_STATUS', `${target.host} answered ${status}`, { status });
  }
  return {
    kind: 'OK',
    body: await cappedBody(response, target, maxBytes, deadline),
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
    contentType: response.headers['content-type'] ?? null,
    url: target.href,
  };
}

/** Reads at most `maxBytes` of decoded body, then drops the connection rather than read on. */
async function cappedBody(response: IncomingMessage, target: URL, maxBytes: number, deadline: AbortSignal): Promise<Buffer> {
  const tooLarge = () => new OutboundFailed('TOO_LARGE', `${target.host} sent a body over ${maxBytes} bytes`);
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && Number(response.headers['content-length']) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = addAbortSignal(deadline, decoded(response, encoding, target));
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early destroys the body and, through the pipeline, the connection.
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function decoded(response: IncomingMessage, encoding: string, target: URL): Readable {
  // pipeline's own callback is not needed: it destroys the last stream with any error, and the reader sees it.
  const ignore = () => undefined;
  switch (encoding) {
    case 'identity':
      return response;
    case 'gzip':
    case 'x-gzip':
      return pipeline(response, createGunzip(), ignore);
    case 'deflate':
      return pipeline(response, createInflate(), ignore);
    case 'br':
      return pipeline(response, createBrotliDecompress(), ignore);
    default:
      response.destroy();
      throw new OutboundFailed('NETWORK', `${target.host} answered in a content encoding it was not offered`);
  }
}

const DNS_ERROR_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);

/** Node's own errors, as the named failures callers handle; the host alone says where. */
function outboundError(error: unknown, target: URL, deadline: AbortSignal, timeoutMs: number): Error {
  if (error instanceof OutboundRefused || error instanceof OutboundFailed) return error;
  if (deadline.aborted) return new OutboundFailed('TIMEOUT', `${target.host} did not answer in full within ${timeoutMs} ms`);
  // Not `instanceof Error`: Node's own errors come from another realm under test runners.
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
  if (DNS_ERROR_CODES.has(code)) return new OutboundFailed('DNS', `${target.hostname} could not be resolved (${code})`, { cause: error });
  return new OutboundFailed('NETWORK', `fetching from ${target.host} failed (${code})`, { cause: error });
}
