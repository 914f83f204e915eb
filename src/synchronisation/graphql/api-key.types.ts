import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { API_SCOPE_GRAPHQL_NAMES, API_SCOPES, type ApiScope } from '../../shared/auth/api-scopes';
import type { ApiKeyRecord } from '../application/ports';

const SCOPE_DESCRIPTIONS: Readonly<Record<ApiScope, string>> = {
  'bookings:read': 'Read booking files; with GUESTS_READ, since a file shows its guest',
  'guests:read': 'See guests’ personal data (names, emails, phones) wherever the key reads',
  'availability:read': 'Read the plannings of the owner’s accommodations (guests’ names only with GUESTS_READ)',
  'blocks:write': 'Close nights to sale and reopen them',
  'webhooks:manage': 'Manage the webhooks that tell the integrator what changed',
};

/** Named BOOKINGS_READ… in the schema, `bookings:read`… in the code: the enum maps one to the other. */
export const ApiScopeEnum = Object.fromEntries(API_SCOPES.map((scope) => [API_SCOPE_GRAPHQL_NAMES[scope], scope])) as Record<string, ApiScope>;
registerEnumType(ApiScopeEnum, {
  name: 'ApiScope',
  description: 'What an API key may do; an owner’s own token may do everything',
  valuesMap: Object.fromEntries(API_SCOPES.map((scope) => [API_SCOPE_GRAPHQL_NAMES[scope], { description: SCOPE_DESCRIPTIONS[scope] }])),
});

@ObjectType('ApiKey', { description: 'A key an owner gave an integrator, which works on the API for what its scopes allow, on the owner’s data only' })
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [ApiScopeEnum]) scopes!: ApiScope[];
  @Field({ description: 'The key’s first 12 characters, to recognise it by; the rest is never shown again' }) prefix!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'To the minute: uses within a minute of the last one recorded are not' }) lastUsedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while the key works' }) revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field({ description: 'The key, to give the integrator as a bearer token: shown in this answer only, never again' }) key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

export const apiKeyType = (record: ApiKeyRecord): ApiKeyType => ({
  id: record.id,
  name: record.name,
  scopes: [...record.scopes],
  prefix: record.prefix,
  createdAt: record.createdAt,
  lastUsedAt: record.lastUsedAt,
  revokedAt: record.revokedAt,
});
