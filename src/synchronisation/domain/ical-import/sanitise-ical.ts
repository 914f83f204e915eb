import { NotICalendar } from './ical-import.errors';
import { repairContentLine } from './repair-content-line';

/** One logical content line, unfolded and repaired, with the line of the file it began on. */
export interface IcalLine {
  readonly text: string;
  readonly line: number;
}

/** Invalid UTF-8 (feeds re-encoded by hand, bytes cut mid-character) becomes U+FFFD instead of an error. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/**
 * A feed as ical.js can read it. ical.js throws on the whole file for a BOM, a blank or stray
 * line, a DATE value without VALUE=DATE and other habits real feeds have; here each line that
 * can be understood is kept or repaired, and each that cannot is dropped alone. An event whose
 * dates cannot be read keeps them under an `X-UNREADABLE-` name, so that it is reported rather
 * than silently read without them.
 */
export function sanitiseIcal(input: Uint8Array | string): IcalLine[] {
  const text = typeof input === 'string' ? input : UTF8.decode(input);
  if (text.trim() === '') throw new NotICalendar('EMPTY', 'The feed answered an empty body, not a calendar');
  const lines: IcalLine[] = [];
  for (const logical of unfold(text.split(/\r\n|\r|\n/))) {
    const repaired = repairContentLine(logical.text);
    if (repaired !== null) lines.push({ text: repaired, line: logical.line });
  }
  return lines;
}

/**
 * RFC 5545 §3.1: a line that begins with a space or a tab continues the one before, that
 * character removed. Platforms mix CRLF, LF and bare CR, leave blank lines between components,
 * and fold with lines holding only whitespace; a BOM may open each of several concatenated files.
 */
function unfold(physical: readonly string[]): IcalLine[] {
  const logical: { text: string; line: number }[] = [];
  physical.forEach((raw, index) => {
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text === '') return;
    const last = logical.at(-1);
    if (text[0] === ' ' || text[0] === '\t') {
      if (last) last.text += text.slice(1);
      return;
    }
    logical.push({ text, line: index + 1 });
  });
  // Trailing spaces are noise some exporters add; they would make `END:VEVENT ` or a date unreadable.
  return logical.map(({ text, line }) => ({ text: text.trimEnd(), line }));
}
