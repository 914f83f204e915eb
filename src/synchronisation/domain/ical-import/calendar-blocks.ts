import { NotICalendar } from './ical-import.errors';
import type { IcalLine } from './sanitise-ical';

/** One VCALENDAR's text, ready for `ICAL.parse`, and the line of the file it begins on. */
export interface CalendarBlock {
  readonly text: string;
  readonly line: number;
}

/**
 * Added after each `BEGIN:VEVENT`: ical.js keeps no line numbers, and an owner told "line 412"
 * can find the event in the file the platform sent.
 */
export const SOURCE_LINE = 'X-SOURCE-LINE';

/**
 * The VCALENDARs of a feed, each read on its own so that a file of several (feeds naively
 * concatenated) gives all their events. What lies outside them is dropped. A component left
 * open is closed where the file shows it ended: by an END of a component around it, or by a
 * BEGIN of its own kind (no component nests in one of its kind). An END that closes nothing is
 * dropped. ical.js would otherwise fail on the whole calendar, or hide an event inside another.
 */
export function calendarBlocks(lines: readonly IcalLine[]): CalendarBlock[] {
  const blocks: CalendarBlock[] = [];
  let open: OpenCalendar | null = null;
  for (const { text, line } of lines) {
    const [keyword, component] = text.split(':', 2);
    if (text === 'BEGIN:VCALENDAR') {
      if (open) blocks.push(finish(open));
      open = { stack: ['VCALENDAR'], text: [text], line };
    } else if (!open) {
      continue;
    } else if (keyword === 'BEGIN') {
      const depth = open.stack.lastIndexOf(component);
      if (depth > 0) close(open, depth);
      open.stack.push(component);
      open.text.push(text);
      if (component === 'VEVENT') open.text.push(`${SOURCE_LINE}:${line}`);
    } else if (keyword === 'END') {
      const depth = open.stack.lastIndexOf(component);
      if (depth === 0) {
        blocks.push(finish(open));
        open = null;
      } else if (depth > 0) {
        close(open, depth);
      }
    } else {
      open.text.push(text);
    }
  }
  // Reading the part that arrived would free every night the rest of the feed holds.
  if (open) throw new NotICalendar('TRUNCATED', `The calendar that begins at line ${open.line} never ends: the feed was cut short`);
  if (blocks.length === 0) throw new NotICalendar('NO_VCALENDAR', 'The feed holds no VCALENDAR: it is not an iCalendar file');
  return blocks;
}

interface OpenCalendar {
  readonly stack: string[];
  readonly text: string[];
  readonly line: number;
}

/** Ends the components open from `depth` up, innermost first. */
function close(open: OpenCalendar, depth: number): void {
  while (open.stack.length > depth) open.text.push(`END:${open.stack.pop()}`);
}

/** Ends the calendar and everything open in it: its text is joined once, when it is whole. */
function finish(open: OpenCalendar): CalendarBlock {
  close(open, 0);
  return { text: open.text.join('\r\n'), line: open.line };
}
