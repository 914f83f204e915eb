import { Module } from '@nestjs/common';

/** The Reservation bounded context: no features yet (see shared/DESIGN.md for what it will hold). */
@Module({})
export class ReservationModule {}
