import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Unauthenticated } from '../kernel/errors';
import type { ApiScope } from './api-scopes';
import type { AuthenticatedDestination } from './authenticated-destination';

/** The caller, as proven by a verified token or API key. Every owner operation is scoped to its `ownerId`. */
export interface AuthenticatedOwner {
  readonly ownerId: string;
  /** The integrator's key the owner gave, with what it may do; absent for the owner's own token, which may do everything. */
  readonly apiKey?: { readonly id: string; readonly scopes: readonly ApiScope[] };
}

/** Whether the caller may do what `scope` allows: always for an owner's own token. */
export const hasScope = (owner: AuthenticatedOwner, scope: ApiScope): boolean => owner.apiKey === undefined || owner.apiKey.scopes.includes(scope);

/** A request once the guard proved its caller: an owner, or on a destination's operation a destination. */
export type AuthenticatedRequest = Request & { owner?: AuthenticatedOwner; destination?: AuthenticatedDestination };

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

export const CurrentOwner = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedOwner => {
  const owner = requestOf(context).owner;
  if (!owner) throw new Unauthenticated('This operation needs an owner bearer token');
  return owner;
});

/** The caller of a public operation: an owner when a valid token came with it, else null. */
export const OptionalOwner = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedOwner | null => requestOf(context).owner ?? null);

/** The destination calling one of its own operations (`@DestinationOperation()`). */
export const CurrentDestination = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedDestination => {
  const destination = requestOf(context).destination;
  if (!destination) throw new Unauthenticated('This operation needs a destination bearer token');
  return destination;
});
