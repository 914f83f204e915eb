import { Field, ObjectType } from '@nestjs/graphql';

/** Where a page of a cursor connection ends, for every listing of the API. */
@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}
