import { Module } from '@nestjs/common';

/** The Tarification bounded context: no features yet (see shared/DESIGN.md for what it will hold). */
@Module({})
export class TarificationModule {}
