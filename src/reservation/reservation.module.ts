import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { BlockNightsHandler, UnblockNightsHandler } from './application/block-nights.handler';
import { GetPlanningHandler } from './application/planning.query';
import { PlanningResolver } from './graphql/planning.resolver';
import { planningHoldsProjection } from './infrastructure/planning-hold.projection';
import { PlanningHoldRowSchema } from './infrastructure/planning-hold.row';
import { reservationMigrations } from './infrastructure/reservation.migrations';

export { reservationMigrations };

/** Listed for printing the schema without starting the app. */
export const reservationResolvers = [PlanningResolver];

/**
 * The planning of each accommodation, where every hold on its nights is decided, and (to come)
 * booking files and their lifecycle.
 */
@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([PlanningHoldRowSchema])],
  providers: [BlockNightsHandler, UnblockNightsHandler, GetPlanningHandler, ...reservationResolvers],
})
export class ReservationModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(untyped(planningHoldsProjection));
  }
}
