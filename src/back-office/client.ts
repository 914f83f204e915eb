import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import type { Lang } from './i18n';
import { sessionHeaders } from './session';

/**
 * The app's GraphQL client, on the public API at /graphql like any integrator's: the session
 * rides in its cookies, each request echoes the CSRF cookie, and an answer saying the session is
 * over (UNAUTHENTICATED) sends the owner back to the log-in page.
 */
export function createClient(lang: () => Lang, onSignedOut: () => void): Client {
  return new Client({
    url: '/graphql',
    // The app's own cache is per query and variables; a mutation refreshes the queries that showed its types.
    exchanges: [
      mapExchange({
        onError(error) {
          if (isSignedOut(error)) onSignedOut();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({ credentials: 'same-origin', headers: sessionHeaders(lang()) }),
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
  });
}

export function isSignedOut(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** The code the API gave a refusal (BAD_USER_INPUT, CONFLICT, …), and its reason when it named one. */
export function errorCode(error: CombinedError): { code: string | null; reason: string | null } {
  const first = error.graphQLErrors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : null;
  return { code, reason };
}
