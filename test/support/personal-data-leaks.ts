import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { pdfText } from './pdf-text';

/**
 * What names a person, by what a failure should call it: `{ 'last name': 'Dupont' }`. A string is
 * looked for in any case, and also base64-encoded (cursors, tokens and blobs carry text that
 * way); a pattern as it is, for what is written several ways (a phone number's spacing).
 */
export type PersonalData = Readonly<Record<string, string | RegExp>>;

const EXCERPT = 40;
/** Enough to say where; a table holding a guest a hundred times says so in its count. */
const SHOWN_PER_PLACE = 2;

/** The base64 (and base64url) runs any text holding `term` encodes to, whatever the bytes before it. */
function base64Forms(term: string): string[] {
  const bytes = Buffer.from(term, 'utf8');
  const forms: string[] = [];
  for (let before = 0; before < 3; before++) {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64');
    // The characters whose six bits all come from the term's bytes.
    const first = Math.ceil((8 * before) / 6);
    const last = Math.floor((8 * (before + bytes.length) - 6) / 6);
    const run = encoded.slice(first, last + 1);
    if (run.length >= 8) forms.push(run, run.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms)];
}

interface Matcher {
  readonly label: string;
  find(text: string): { index: number; length: number } | null;
}

function matchersOf(terms: PersonalData): Matcher[] {
  return Object.entries(terms).flatMap(([label, term]): Matcher[] => {
    if (term instanceof RegExp) {
      const pattern = new RegExp(term.source, term.flags.replace('g', '') + (term.flags.includes('i') ? '' : 'i'));
      return [{ label, find: (text) => { const m = pattern.exec(text); return m ? { index: m.index, length: m[0].length } : null; } }];
    }
    const lower = term.toLowerCase();
    const plain: Matcher = { label, find: (text) => { const i = text.toLowerCase().indexOf(lower); return i < 0 ? null : { index: i, length: term.length }; } };
    const encoded = base64Forms(term).map((form): Matcher => ({ label: `${label} (base64)`, find: (text) => { const i = text.indexOf(form); return i < 0 ? null : { index: i, length: form.length }; } }));
    return [plain, ...encoded];
  });
}

const excerpt = (text: string, at: { index: number; length: number }): string =>
  `…${text.slice(Math.max(0, at.index - EXCERPT), at.index + at.length + EXCERPT).replace(/\s+/g, ' ')}…`;

/** The names of `terms` that `text` holds: for an answer, a document, a feed. */
export function termsFound(text: string, terms: PersonalData): string[] {
  return [...new Set(matchersOf(terms).filter((m) => m.find(text) !== null).map((m) => m.label))];
}

/** Each place and the terms it holds, as `place: term …excerpt…`, a few per place and term with how many more. */
function report(places: Iterable<[string, string]>, terms: PersonalData): string[] {
  const matchers = matchersOf(terms);
  const found = new Map<string, string[]>();
  for (const [place, text] of places) {
    for (const matcher of matchers) {
      const at = matcher.find(text);
      if (!at) continue;
      const key = `${place}: ${matcher.label}`;
      found.set(key, [...(found.get(key) ?? []), excerpt(text, at)]);
    }
  }
  return [...found].map(([key, excerpts]) => `${key} ${excerpts.slice(0, SHOWN_PER_PLACE).join(' ')}${excerpts.length > SHOWN_PER_PLACE ? ` (+${excerpts.length - SHOWN_PER_PLACE} more rows)` : ''}`);
}

/** Bytes as a person (or a grep over a dump) reads them: a PDF's text, else the bytes as text. */
function readable(bytes: Buffer): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      return pdfText(bytes);
    } catch (error) {
      return `unreadable PDF: ${String(error)}`;
    }
  }
  return bytes.toString('utf8');
}

/**
 * Every row of every table of the database's own schemas, each cast to text (`t::text`), its
 * bytea columns read as text or, for a PDF, as the text it prints: where `terms` still stand.
 * Answers `table: term …excerpt…` for each table holding a term, so a failure says where.
 */
export async function personalDataInDatabase(databaseUrl: string, terms: PersonalData): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (
      await client.query<{ schema: string; name: string; binary: string[] }>(
        `SELECT n.nspname AS schema, c.relname AS name,
                COALESCE(array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.atttypid = 'bytea'::regtype), '{}') AS binary
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          WHERE c.relkind IN ('r', 'm')
            AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
          GROUP BY n.nspname, c.relname
          ORDER BY n.nspname, c.relname`,
      )
    ).rows;
    const places: [string, string][] = [];
    for (const table of tables) {
      const name = table.schema === 'public' ? table.name : `${table.schema}.${table.name}`;
      const qualified = `${quote(table.schema)}.${quote(table.name)}`;
      const columns = table.binary.map((column, i) => `t.${quote(column)} AS b${i}`);
      const rows = (await client.query<Record<string, unknown>>(`SELECT t::text AS row${columns.map((c) => `, ${c}`).join('')} FROM ${qualified} t`)).rows;
      for (const row of rows) {
        places.push([name, String(row.row)]);
        table.binary.forEach((column, i) => {
          const value = row[`b${i}`];
          if (Buffer.isBuffer(value)) places.push([`${name}.${column}`, readable(value)]);
        });
      }
    }
    return report(places, terms);
  } finally {
    await client.end();
  }
}

/** Every file under `dir` (the app's data directory: emails written out, anything kept on disk), as `path: term …excerpt…`. */
export function personalDataInFiles(dir: string, terms: PersonalData): string[] {
  const files = (function walk(at: string): string[] {
    return readdirSync(at).flatMap((entry) => {
      const path = join(at, entry);
      const stat = statSync(path);
      return stat.isDirectory() ? walk(path) : stat.isFile() ? [path] : [];
    });
  })(dir);
  return report(
    files.map((path) => [relative(dir, path), readable(readFileSync(path))]),
    terms,
  );
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;
