import { GraphQLError, Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import type { SubscriptionConfig } from '@nestjs/graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import type { AuthenticatedOwner } from '../auth/authenticated-owner';
import type { Authenticator } from '../auth/authenticator';

/** What a graphql-ws connection carries once its handshake proved who it is. */
interface Extra {
  owner?: AuthenticatedOwner;
  /** The handshake's bearer value, so that a long subscription can prove it again (a key revoked since). */
  bearer?: string;
}

/** A subscription document is a few lines: anything longer is not one of ours. */
const MAX_DOCUMENT = 10_000;

/**
 * GraphQL over WebSocket (the graphql-ws protocol, on the same path as HTTP). The handshake
 * carries `{ "Authorization": "Bearer <owner token or API key>" }` in its connection params and
 * is refused without a valid one. Only subscriptions go over it: queries and mutations go over
 * HTTP, where their limits, costs and idempotency keys are checked.
 */
export function subscriptionOptions(authenticator: Authenticator): SubscriptionConfig {
  return {
    'graphql-ws': {
      onConnect: async (ctx: Context<Record<string, unknown> | undefined>) => {
        const header = ctx.connectionParams?.Authorization ?? ctx.connectionParams?.authorization;
        const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
        if (!match) return false;
        try {
          (ctx.extra as Extra).owner = await authenticator.authenticate(match[1]);
          (ctx.extra as Extra).bearer = match[1];
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx: Context<Record<string, unknown> | undefined>, _id: string, payload: SubscribePayload) => {
        const refusal = refusalOf(payload.query);
        return refusal ? [refusal] : undefined;
      },
    },
  };
}

function refusalOf(query: string): GraphQLError | null {
  if (query.length > MAX_DOCUMENT) return new GraphQLError(`A subscription document may be at most ${MAX_DOCUMENT} characters`, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return new GraphQLError(error instanceof GraphQLError ? error.message : 'The document cannot be read', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((o) => o.operation !== OperationTypeNode.SUBSCRIPTION)) {
    return new GraphQLError('Only subscriptions go over WebSocket; send queries and mutations over HTTP', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return null;
}

/** The context of a resolver: the HTTP request, or for a subscription a request-like object with the handshake's caller. */
export function graphqlContext(ctx: { req?: unknown; res?: unknown; extra?: Extra }): { req: unknown; res?: unknown; bearer?: string } {
  // The answer too: a log-in may set the back office's session cookies on it.
  if (ctx.req) return { req: ctx.req, res: ctx.res };
  return { req: { headers: {}, owner: ctx.extra?.owner }, bearer: ctx.extra?.bearer };
}
