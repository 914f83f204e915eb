import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import type { AuthenticatedRequest } from '../../shared/auth/authenticated-owner';
import { clientAddressOf } from '../../shared/auth/client-address';
import { Public } from '../../shared/auth/public.decorator';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { BookStay, type BookedStay } from '../application/book-stay.handler';
import { GuestBookings } from '../application/guest-bookings';
import { BookingTermsType, bookingTermsType, BookStayInput, GuestBookingType, guestBookingType } from './guest-booking.types';

/** The booking engine's guest side: public, and each answer shows only what that guest may see. */
@Resolver(() => GuestBookingType)
export class GuestBookingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly bookings: GuestBookings,
  ) {}

  @Public()
  @Mutation(() => GuestBookingType, {
    description: 'A guest books a stay: the deposit paid online (paymentUrl, the nights held until expiresAt) or a pre-booking (the file opens as an option). Public; refusals in the guest’s language',
  })
  async bookStay(
    @Args('input') input: BookStayInput,
    @BrowserLang() browserLang: Lang | null,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<GuestBookingType> {
    const lang = input.lang ?? browserLang ?? 'FR';
    const booked: BookedStay = await this.commands.execute(
      new BookStay({ ...input, lang, optionalSupplementIds: input.optionalSupplementIds ?? [] }, clientAddressOf(req)),
    );
    // The guest's next look at the calendar, and the owner's planning, show the nights held.
    await this.queries.execute(new WaitForReadModels(booked.position, ['planning-holds']));
    const view = await this.bookings.byToken(booked.guestToken);
    if (view === null) throw new Error(`Guest booking ${booked.guestBookingId} was written but cannot be read back`);
    return guestBookingType(view);
  }

  @Public()
  @Query(() => GuestBookingType, { nullable: true, description: 'The booking a guest’s link names, as it stands now; null for any other token' })
  async guestBooking(@Args('token') token: string): Promise<GuestBookingType | null> {
    const view = await this.bookings.byToken(token);
    return view && guestBookingType(view);
  }

  @Public()
  @Query(() => BookingTermsType, { description: 'The owner’s terms for booking this accommodation online, in `lang` (else the browser’s, else French). Public' })
  async bookingTerms(
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('lang', { type: () => LangEnum, nullable: true }) lang: Lang | null,
    @BrowserLang() browserLang: Lang | null,
  ): Promise<BookingTermsType> {
    return bookingTermsType(await this.bookings.termsFor(accommodationId, lang ?? browserLang ?? 'FR'));
  }
}
