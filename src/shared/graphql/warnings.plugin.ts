import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';

type WarnedRequest = Request & { warnings?: string[] };

/**
 * What went through but deserves the caller's eye (a document printed without its terms of
 * sale): a resolver calls `warn`, and the answer carries `extensions.warnings`, beside `data`.
 */
export function warn(request: Request, warning: string): void {
  const warned = request as WarnedRequest;
  warned.warnings = [...(warned.warnings ?? []), warning];
}

export function warningsPlugin(): ApolloServerPlugin<{ req?: Request }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const warnings = (contextValue.req as WarnedRequest | undefined)?.warnings;
          if (warnings?.length && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warnings };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
