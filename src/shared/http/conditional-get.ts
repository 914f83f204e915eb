/**
 * Whether a GET's preconditions (RFC 9110 §13.2.2) say the client's copy is current, so the
 * answer is a 304. Express's `req.fresh` answers for a cache and treats a request's
 * `Cache-Control: no-cache` as "never fresh"; but that directive is for caches on the way, and
 * fetch() adds it to every conditional request, so an origin server decides here instead.
 */
export function notModified(headers: { 'if-none-match'?: string; 'if-modified-since'?: string }, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers['if-none-match'];
  // With If-None-Match, If-Modified-Since is ignored: tags are exact where dates count seconds.
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
