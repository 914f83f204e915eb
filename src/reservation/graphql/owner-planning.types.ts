import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ROW_COST } from '../../shared/graphql/query-cost.plugin';
import { MAX_OWNER_PLANNING_DAYS } from '../infrastructure/owner-planning.query';
import { PlanningDayType } from './planning.types';

@ObjectType('AccommodationPlanning', { description: 'One accommodation’s nights in the owner’s whole planning ("Mon planning")' })
export class AccommodationPlanningType {
  @Field(() => ID) accommodationId!: string;
  @Field(() => String, { description: 'OSMB-<owner number>-<rank>' }) reference!: string;
  @Field(() => String) name!: string;
  @Field(() => [PlanningDayType], {
    description: 'Each night, as `planning` gives it',
    complexity: ({ childComplexity }) => MAX_OWNER_PLANNING_DAYS * (ROW_COST + childComplexity),
  })
  days!: PlanningDayType[];
}
