import type { EntityManager } from '@mikro-orm/postgresql';
import { likeContains, likeLiteral } from '../../shared/database/like-pattern';
import { calendarDate } from '../../shared/kernel/calendar-date';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { decodeCursor, encodeCursor, instantAndId, pageSize } from '../../shared/kernel/page';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import { DOSSIER_STATUSES, ORIGINS, type DossierStatus } from '../domain/dossier/dossier';
import type { DossierDocument } from './dossier-document';

/** Every filter of the booking-file list; all optional, all combined. */
export interface DossierFilter {
  readonly arrivalFrom?: string | null;
  readonly arrivalTo?: string | null;
  /** Part of the guest's name, company or email, in any case. */
  readonly guest?: string | null;
  readonly accommodationId?: string | null;
  readonly number?: number | null;
  readonly status?: readonly string[] | null;
  readonly balance?: 'PAID' | 'UNPAID' | null;
  readonly origin?: string | null;
  readonly promoCode?: string | null;
}

export interface DossierPage {
  readonly files: DossierDocument[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

/**
 * ARRIVAL (the default): by first arrival, then number, the order an owner reads a season in;
 * CREATED_DESC: the latest made first ("dernières réservations"); CREATED_ASC: the oldest first.
 */
export const DOSSIER_ORDERS = ['ARRIVAL', 'CREATED_DESC', 'CREATED_ASC'] as const;
export type DossierOrder = (typeof DOSSIER_ORDERS)[number];

/** Where a page ended, in the terms of its order: the first values of the next row are after these. */
type Cursor = readonly [string, number, string] | readonly [string, string];

/** Each order's columns, how to read them back, and its keyset; the id settles ties. */
const ORDERS: Readonly<Record<DossierOrder, { readonly select: string; readonly orderBy: string; readonly after: string }>> = {
  ARRIVAL: {
    select: "to_char(arrival, 'YYYY-MM-DD') AS k1, coalesce(number, 0) AS k2",
    orderBy: 'arrival, coalesce(number, 0), id',
    after: '(arrival, coalesce(number, 0), id) > (CAST(? AS date), ?, CAST(? AS uuid))',
  },
  CREATED_DESC: {
    select: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k1`,
    orderBy: 'created_at DESC, id DESC',
    after: '(created_at, id) < (CAST(? AS timestamptz), CAST(? AS uuid))',
  },
  CREATED_ASC: {
    select: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k1`,
    orderBy: 'created_at, id',
    after: '(created_at, id) > (CAST(? AS timestamptz), CAST(? AS uuid))',
  },
};

/** Cursors of the first arrival order stay as they always were: `[arrival, number, id]`; the others name their order. */
const orderCursor = (order: DossierOrder, cursor: Cursor): string => encodeCursor(order === 'ARRIVAL' ? cursor : [order, ...cursor]);

function readOrderCursor(order: DossierOrder, parts: readonly unknown[]): Cursor | null {
  if (order === 'ARRIVAL') {
    const [arrival, number, id] = parts;
    return parts.length === 3 && typeof arrival === 'string' && typeof number === 'number' && typeof id === 'string' && isUuid(id) ? [calendarDate('after', arrival), number, id] : null;
  }
  const [tag, ...rest] = parts;
  return tag === order ? instantAndId(rest) : null;
}

/** The WHERE clause and its positional parameters, for one owner's files under a filter. */
function conditions(ownerId: string, filter: DossierFilter): { sql: string; params: unknown[] } {
  const clauses = ['owner_id = ?'];
  const params: unknown[] = [ownerId];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.arrivalFrom != null) add('arrival >= ?', calendarDate('filter.arrivalFrom', filter.arrivalFrom));
  if (filter.arrivalTo != null) add('arrival <= ?', calendarDate('filter.arrivalTo', filter.arrivalTo));
  const guest = optionalText('filter.guest', filter.guest, TEXT_LIMITS.name);
  if (guest !== null) add(likeContains('guest_search'), likeLiteral(guest.toLowerCase()));
  if (filter.accommodationId != null) add('accommodation_ids @> ARRAY[CAST(? AS text)]', filter.accommodationId);
  if (filter.number != null) {
    if (!Number.isInteger(filter.number)) throw new InvalidInput('filter.number', 'must be a whole number');
    add('number = ?', filter.number);
  }
  if (filter.status != null && filter.status.length > 0) {
    const unknown = filter.status.find((s) => !(DOSSIER_STATUSES as readonly string[]).includes(s));
    if (unknown !== undefined) throw new InvalidInput('filter.status', `${unknown} is not one of ${DOSSIER_STATUSES.join(', ')}`);
    add(`status IN (${filter.status.map(() => '?').join(', ')})`, ...(filter.status as DossierStatus[]));
  }
  if (filter.balance === 'PAID') add('balance_cents <= 0');
  if (filter.balance === 'UNPAID') add('balance_cents > 0');
  if (filter.origin != null) {
    if (!(ORIGINS as readonly string[]).includes(filter.origin)) throw new InvalidInput('filter.origin', `must be one of ${ORIGINS.join(', ')}`);
    add('origin = ?', filter.origin);
  }
  const code = optionalText('filter.promoCode', filter.promoCode, TEXT_LIMITS.short);
  if (code !== null) add('promo_code = ?', code.toUpperCase());
  return { sql: clauses.join(' AND '), params };
}

/** One page of the caller's files; `after` is the `endCursor` of the page before, in the same order. */
export async function dossierPage(
  em: EntityManager,
  ownerId: string,
  filter: DossierFilter,
  first: number | null,
  after: string | null,
  order: DossierOrder = 'ARRIVAL',
): Promise<DossierPage> {
  const size = pageSize(first, DEFAULT_PAGE, MAX_PAGE);
  if (!(DOSSIER_ORDERS as readonly string[]).includes(order)) throw new InvalidInput('orderBy', `must be one of ${DOSSIER_ORDERS.join(', ')}`);
  const where = conditions(ownerId, filter);
  const sorted = ORDERS[order];
  const cursor = after === null ? null : decodeCursor(after, (parts) => readOrderCursor(order, parts), `is not a cursor this list gave in the order ${order}`);
  const keyset = cursor === null ? '' : ` AND ${sorted.after}`;
  const [rows, [{ count }]] = await Promise.all([
    em.execute<{ document: DossierDocument; k1: string; k2?: number; id: string }[]>(
      `SELECT document, ${sorted.select}, id FROM dossiers WHERE ${where.sql}${keyset}
       ORDER BY ${sorted.orderBy} LIMIT ?`,
      [...where.params, ...(cursor ?? []), size + 1],
    ),
    em.execute<{ count: string }[]>(`SELECT count(*)::text AS count FROM dossiers WHERE ${where.sql}`, where.params),
  ]);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    files: page.map((row) => row.document),
    endCursor: last ? orderCursor(order, order === 'ARRIVAL' ? [last.k1, last.k2 ?? 0, last.id] : [last.k1, last.id]) : null,
    hasNextPage: rows.length > size,
    totalCount: Number(count),
  };
}
