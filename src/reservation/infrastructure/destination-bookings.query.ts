import { Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { euros, type Money } from '../../shared/kernel/money';
import { decodeCursor, encodeCursor, instantAndId, pageSize } from '../../shared/kernel/page';
import type { CalendarDate } from '../../shared/kernel/calendar-date';
import { personCount } from '../../tarification/contracts';
import { nightsOf } from '../domain/planning/hold';
import type { DossierStatus } from '../domain/dossier/dossier';
import { backOfficeName } from '../domain/guests/guest-identity';
import type { DossierDocument } from './dossier-document';

export const DEFAULT_DESTINATION_BOOKINGS = 50;
export const MAX_DESTINATION_BOOKINGS = 200;

/**
 * A booking a guest made through a destination's marketplace, as that destination may see it:
 * what was booked, when and for how much, and who stays (by name only). The guest's contact,
 * the payments and the owner's notes stay the owner's.
 */
export interface DestinationBooking {
  readonly bookingId: string;
  readonly number: number | null;
  readonly status: DossierStatus;
  readonly createdAt: Date;
  /** The owner's public name (company, else first and last names). */
  readonly ownerName: string | null;
  /** One stay as booked; the owner may add more to the file afterwards. */
  readonly stays: readonly DestinationBookingStay[];
  readonly guestName: string;
  readonly total: Money;
}

export interface DestinationBookingStay {
  readonly accommodationId: string;
  /** Null once the accommodation is gone from the catalogue. */
  readonly accommodationName: string | null;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly nights: number;
  readonly persons: number;
}

export interface DestinationBookingPage {
  readonly bookings: DestinationBooking[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** The bookings made through the calling destination, newest first; never another file. */
export class ListDestinationBookings extends Query<DestinationBookingPage> {
  constructor(
    readonly destinationId: string,
    readonly first: number | null,
    readonly after: string | null,
  ) {
    super();
  }
}

interface BookingRow {
  id: string;
  created_at: Date;
  document: DossierDocument;
}

@QueryHandler(ListDestinationBookings)
export class ListDestinationBookingsHandler implements IQueryHandler<ListDestinationBookings> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ destinationId, first, after }: ListDestinationBookings): Promise<DestinationBookingPage> {
    const size = pageSize(first, DEFAULT_DESTINATION_BOOKINGS, MAX_DESTINATION_BOOKINGS);
    const cursor = after === null ? null : decodeCursor(after, instantAndId);
    const em = this.em.fork();
    const [rows, [{ count }]] = await Promise.all([
      em.execute<BookingRow[]>(
        `SELECT id, created_at, document FROM dossiers
          WHERE destination_id = ? ${cursor ? 'AND (created_at, id) < (?::timestamptz, ?::uuid)' : ''}
          ORDER BY created_at DESC, id DESC
          LIMIT ?`,
        [destinationId, ...(cursor ?? []), size + 1],
      ),
      em.execute<{ count: string }[]>('SELECT count(*) AS count FROM dossiers WHERE destination_id = ?', [destinationId]),
    ]);
    const page = rows.slice(0, size);
    const labels = await this.catalogue.accommodationLabels(page.flatMap((row) => row.document.stays.map((stay) => stay.accommodationId)));
    const bookings = page.map(({ id, created_at, document }): DestinationBooking => ({
      bookingId: id,
      number: document.number,
      status: document.status,
      createdAt: new Date(created_at),
      ownerName: document.stays.map((stay) => labels.get(stay.accommodationId)?.ownerName).find((name) => name !== undefined) ?? null,
      stays: document.stays.map(({ accommodationId, arrival, departure, occupants }) => ({
        accommodationId,
        accommodationName: labels.get(accommodationId)?.name ?? null,
        arrival,
        departure,
        nights: nightsOf({ arrival, departure }),
        persons: personCount(occupants),
      })),
      guestName: backOfficeName(document.guest),
      total: euros(document.total.cents),
    }));
    const last = page[page.length - 1];
    return { bookings, endCursor: last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null, hasNextPage: rows.length > size, totalCount: Number(count) };
  }
}
