import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { Request } from 'express';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { TokenService } from '../auth/token.service';
import { IdempotencyKeys } from './idempotency-keys';

type Context = { req?: Request };

/** How long a retry waits for the first request with its key to finish before being told to come back. */
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 50;
/** Printable ASCII, as Stripe takes them: a UUID fits, and nothing that could smuggle a header. */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;
/** Answers a retry may change: the server, not the request, was at fault. */
const RETRYABLE = new Set(['INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS']);

const refusal = (code: string, message: string): GraphQLResponse => ({
  http: { status: undefined, headers: new HeaderMap() },
  body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
});

/** The request as sent: the same operation with the same variables hashes the same. */
const hashOf = (request: GraphQLRequest): string =>
  createHash('sha256').update(JSON.stringify([request.query ?? null, request.operationName ?? null, request.variables ?? null])).digest('hex');

/**
 * `Idempotency-Key` on a mutation, as Stripe defines it: a retry with the same key and the same
 * request, within a day, answers the first answer and changes nothing; the same key with another
 * request answers CONFLICT. Keys belong to the owner whose token comes with them (to the client's
 * address for public operations), so one caller can never read another's answer. A retry that
 * arrives while the first is still running waits for its answer. An answer the server was at
 * fault for (an internal error, a throttle) is not kept, so a retry runs again.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin<Context> {
  constructor(
    private readonly keys: IdempotencyKeys,
    private readonly tokens: TokenService,
  ) {}

  requestDidStart({ request }: { request: GraphQLRequest }): Promise<GraphQLRequestListener<Context>> {
    const key = request.http?.headers.get('idempotency-key');
    if (key === undefined) return Promise.resolve({});
    let claimed: { scope: string; key: string } | null = null;
    return Promise.resolve({
      responseForOperation: async ({ operation, request: asked, contextValue }) => {
        if (operation.operation !== OperationTypeNode.MUTATION) return null;
        if (!KEY_SHAPE.test(key)) return refusal('BAD_USER_INPUT', 'Idempotency-Key: must be 1 to 255 printable ASCII characters, such as a UUID');
        const scope = await this.scopeOf(asked, contextValue);
        const hash = hashOf(asked);
        if (await this.keys.claim(scope, key, hash)) {
          claimed = { scope, key };
          return null;
        }
        const answer = await this.firstAnswer(scope, key, hash);
        if (answer === 'run') claimed = { scope, key };
        return answer === 'run' ? null : answer;
      },
      willSendResponse: async ({ response }) => {
        if (!claimed) return;
        const body = response.body;
        const result: FormattedExecutionResult | null = body.kind === 'single' ? body.singleResult : null;
        const retryable = result === null || (result.errors ?? []).some((e) => RETRYABLE.has(String(e.extensions?.code)));
        if (retryable) await this.keys.release(claimed.scope, claimed.key);
        else await this.keys.complete(claimed.scope, claimed.key, result);
      },
    });
  }

  /** The answer kept for this key, waiting for it while the first request runs; 'run' when the key came free. */
  private async firstAnswer(scope: string, key: string, hash: string): Promise<GraphQLResponse | 'run'> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const state = await this.keys.state(scope, key);
      if (state === null) {
        if (await this.keys.claim(scope, key, hash)) return 'run';
        continue;
      }
      if (state.requestHash !== hash) return refusal('CONFLICT', 'Idempotency-Key: this key was used with another request; use a new key for a new request');
      if (state.status === 'DONE') {
        const headers = new HeaderMap([['idempotent-replayed', 'true']]);
        return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: state.response as FormattedExecutionResult } };
      }
      if (Date.now() > deadline) return refusal('CONFLICT', 'Idempotency-Key: the first request with this key is still running; try again in a moment');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async scopeOf(request: GraphQLRequest, context: Context): Promise<string> {
    const header = request.http?.headers.get('authorization');
    const token = header && /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (token) {
      const owner = await this.tokens.verify(token).catch(() => null);
      if (owner) return `owner:${owner.ownerId}`;
    }
    return `client:${context.req?.ip ?? 'unknown'}`;
  }
}
