import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonObjectScalar } from '../../shared/graphql/json-object.scalar';
import { PageInfoType } from '../../shared/graphql/page-info.type';

@ObjectType('IntegrationEvent', { description: 'A public event for integrators; its types and data are listed in the README (Integration events)' })
export class IntegrationEventType {
  @Field(() => ID, { description: 'Stable: the same event keeps its id however it is read, and across webhook retries' }) id!: string;
  @Field(() => String, { description: 'booking.created, availability.changed…' }) type!: string;
  @Field(() => Int, { description: 'The version of the type’s data shape' }) version!: number;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => ID) ownerId!: string;
  @Field(() => ID, { nullable: true }) accommodationId!: string | null;
  @Field(() => String, { description: 'Pass as `after` to read from the event after this one' }) cursor!: string;
  @Field(() => JsonObjectScalar) data!: Record<string, unknown>;
}

@ObjectType('IntegrationEventConnection')
export class IntegrationEventConnectionType {
  @Field(() => [IntegrationEventType]) nodes!: IntegrationEventType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
