import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { likeContains, likeLiteral } from '../../shared/database/like-pattern';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/kernel/page';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import type { Guest } from '../domain/dossier/guest';
import { guestSearch } from '../domain/guests/guest-identity';

/** One guest of the owner's files, with the details they gave last: what a new file may start from. */
export interface GuestEntry {
  readonly guestId: string;
  readonly guest: Guest;
  /** "DUPONT Marie". */
  readonly label: string;
  /** The owner's files for this guest, cancelled ones included. */
  readonly files: number;
  /** The latest stay of a file not cancelled; null when every file was cancelled. */
  readonly lastStay: { readonly dossierId: string; readonly arrival: string; readonly departure: string } | null;
  /** When the newest of these files was made. */
  readonly lastFileAt: Date;
}

export interface GuestPage {
  readonly entries: GuestEntry[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export const DEFAULT_GUEST_PAGE = 20;
export const MAX_GUEST_PAGE = 100;
/** More words than a name and a town hold is not a search anyone types. */
const MAX_SEARCH_WORDS = 8;

/** The caller's guests in the directory's order (the name as listed, "DUPONT Marie"), or those a search finds. */
export class SearchGuests extends Query<GuestPage> {
  constructor(
    readonly ownerId: string,
    readonly search: string | null,
    readonly first: number | null,
    readonly after: string | null,
  ) {
    super();
  }
}

interface EntryRow {
  id: string;
  guest: Guest;
  label: string;
  sort_name: string;
  files: number;
  last_dossier_id: string | null;
  last_arrival: string | null;
  last_departure: string | null;
  last_file_at: Date;
}

function readCursor([sortName, id]: readonly unknown[]): [string, string] | null {
  return typeof sortName === 'string' && typeof id === 'string' && isUuid(id) ? [sortName, id] : null;
}

const CONTAINS = likeContains('search');

/** The WHERE clause of a search over one owner's entries, with its parameters. */
function conditions(ownerId: string, typed: string | null): { sql: string; params: unknown[] } {
  const text = optionalText('search', typed, TEXT_LIMITS.name);
  const search = text === null ? null : guestSearch(text);
  if (search === null) return { sql: 'owner_id = ?', params: [ownerId] };
  if (search.words.length > MAX_SEARCH_WORDS) throw new InvalidInput('search', `must hold at most ${MAX_SEARCH_WORDS} words`);
  const words = search.words.map(() => CONTAINS).join(' AND ');
  const clause = search.phone === null ? `(${words})` : `((${words}) OR ${CONTAINS})`;
  const params = [...search.words.map(likeLiteral), ...(search.phone === null ? [] : [likeLiteral(search.phone)])];
  return { sql: `owner_id = ? AND ${clause}`, params: [ownerId, ...params] };
}

@QueryHandler(SearchGuests)
export class SearchGuestsHandler implements IQueryHandler<SearchGuests> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, search, first, after }: SearchGuests): Promise<GuestPage> {
    const size = pageSize(first, DEFAULT_GUEST_PAGE, MAX_GUEST_PAGE);
    const where = conditions(ownerId, search);
    const cursor = after === null ? null : decodeCursor(after, readCursor);
    const keyset = cursor === null ? '' : ' AND (sort_name, id) > (?, CAST(? AS uuid))';
    const em = this.em.fork();
    const [rows, [{ count }]] = await Promise.all([
      em.execute<EntryRow[]>(
        `SELECT id, guest, label, sort_name, files, last_dossier_id, to_char(last_arrival, 'YYYY-MM-DD') AS last_arrival,
                to_char(last_departure, 'YYYY-MM-DD') AS last_departure, last_file_at
           FROM guest_directory WHERE ${where.sql}${keyset} ORDER BY sort_name, id LIMIT ?`,
        [...where.params, ...(cursor ?? []), size + 1],
      ),
      em.execute<{ count: string }[]>(`SELECT count(*)::text AS count FROM guest_directory WHERE ${where.sql}`, where.params),
    ]);
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return {
      entries: page.map((row) => ({
        guestId: row.id,
        guest: row.guest,
        label: row.label,
        files: row.files,
        lastStay: row.last_dossier_id === null || row.last_arrival === null || row.last_departure === null ? null : { dossierId: row.last_dossier_id, arrival: row.last_arrival, departure: row.last_departure },
        lastFileAt: new Date(row.last_file_at),
      })),
      endCursor: last ? encodeCursor([last.sort_name, last.id]) : null,
      hasNextPage: rows.length > size,
      totalCount: Number(count),
    };
  }
}
