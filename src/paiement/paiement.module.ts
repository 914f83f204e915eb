import { Module } from '@nestjs/common';

/** The Paiement bounded context: no features yet (see shared/DESIGN.md for what it will hold). */
@Module({})
export class PaiementModule {}
