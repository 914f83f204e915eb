import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Owner', { description: 'An owner account and the details ("coordonnées") shown to guests' })
export class OwnerType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Int, { nullable: true, description: 'The owner number in accommodation references (OSMB-<number>-<rank>); given at sign-up' })
  number!: number | null;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field(() => String, { nullable: true }) civility!: string | null;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) phone1!: string | null;
  @Field(() => String, { nullable: true }) phone2!: string | null;
  @Field(() => String, { nullable: true }) fax!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() signedUpAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Bearer token for the Authorization header; it expires, and ends at once when the password or the email address changes. Empty when the request asked for a cookie session (header `X-OSMB-Session: cookie`, or `cookie; remember`): the token is then in an HttpOnly cookie' })
  token!: string;
  @Field(() => OwnerType) owner!: OwnerType;
}

@InputType('OwnerDetailsInput', { description: 'Every field of the details; an omitted optional field is cleared' })
export class OwnerDetailsInput {
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true }) civility?: string | null;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) phone1?: string | null;
  @Field(() => String, { nullable: true }) phone2?: string | null;
  @Field(() => String, { nullable: true }) fax?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
}

@InputType('SignUpInput')
export class SignUpInput extends OwnerDetailsInput {
  @Field() email!: string;
  @Field({ description: 'At least 12 characters' }) password!: string;
}
