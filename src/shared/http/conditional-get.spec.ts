import { notModified } from './conditional-get';

const etag = '"abc"';
const lastModified = new Date('2026-12-02T10:00:00.700Z');

describe('a conditional GET', () => {
  it.each([
    ['the same tag', { 'if-none-match': '"abc"' }, true],
    ['the tag among others', { 'if-none-match': '"x", "abc"' }, true],
    ['the tag marked weak', { 'if-none-match': 'W/"abc"' }, true],
    ['any tag', { 'if-none-match': '*' }, true],
    ['another tag', { 'if-none-match': '"abd"' }, false],
    ['a date at the change, to the second', { 'if-modified-since': 'Wed, 02 Dec 2026 10:00:00 GMT' }, true],
    ['a later date', { 'if-modified-since': 'Wed, 02 Dec 2026 11:00:00 GMT' }, true],
    ['an earlier date', { 'if-modified-since': 'Wed, 02 Dec 2026 09:59:59 GMT' }, false],
    ['an unreadable date', { 'if-modified-since': 'yesterday' }, false],
    ['another tag, whatever the date', { 'if-none-match': '"old"', 'if-modified-since': 'Wed, 02 Dec 2026 11:00:00 GMT' }, false],
    ['no precondition', {}, false],
  ])('with %s is answered %s for not modified', (_, headers, expected) => expect(notModified(headers, etag, lastModified)).toBe(expected));
});
