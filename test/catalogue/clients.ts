import { request } from 'node:http';
import { PASSWORD, SIGN_UP, uniqueEmail, type SignedUpOwner } from '../support/owners';
import type { GraphqlAnswer, TestApp } from '../support/test-app';

/**
 * For tests that need several clients. Linux and Windows answer on all of 127.0.0.0/8; macOS has
 * only 127.0.0.1 unless aliases are added (`sudo ifconfig lo0 alias 127.1.0.1`), so it skips them.
 */
export const describeWithManyClients = process.platform === 'darwin' ? describe.skip : describe;

/**
 * Fresh client addresses in 127.<block>.0.0/16. Counts outlive a test and the run shares one
 * database, so each test file takes its own block and each test its own clients.
 */
export function clientAddresses(block: number): () => string {
  let next = 0;
  return () => {
    const n = next++;
    return `127.${block}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  };
}

/** An owner signed up from `address`, which counts as one of that client's sign-ups. */
export async function signUpFrom(t: TestApp, address: string, input: Record<string, unknown> = {}): Promise<SignedUpOwner> {
  const email = uniqueEmail();
  const answer = await fromClient(t, address)<{ signUp: { token: string; owner: { id: string } } }>(SIGN_UP, {
    input: { email, password: PASSWORD, lastName: 'Martin', ...input },
  });
  if (!answer.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(answer.errors)}`);
  return { id: answer.data.signUp.owner.id, email, token: answer.data.signUp.token };
}

/**
 * GraphQL from one network client: the request leaves from `address`, another loopback address
 * (Linux answers on all of 127.0.0.0/8), so the app sees it in `req.ip` exactly as it would a
 * distant client's, with no proxy header to trust.
 */
export function fromClient(t: TestApp, address: string) {
  const url = new URL(t.url);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  return <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlAnswer<T>> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = request(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: address,
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphqlAnswer<T>);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}
