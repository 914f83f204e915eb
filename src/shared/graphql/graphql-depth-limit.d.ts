// graphql-depth-limit ships no types, and @types/graphql-depth-limit pins graphql 14.
declare module 'graphql-depth-limit' {
  import type { DocumentNode, GraphQLError } from 'graphql';

  /** The part of graphql's ValidationContext the rule uses. */
  interface DepthLimitContext {
    getDocument(): DocumentNode;
    reportError(error: GraphQLError): void;
  }

  /** Measures each operation's depth (introspection fields left out), reporting those deeper than maxDepth. */
  function depthLimit(
    maxDepth: number,
    options?: { ignore?: (string | RegExp | ((fieldName: string) => boolean))[] },
    callback?: (depthsByOperationName: Record<string, number>) => void,
  ): (context: DepthLimitContext) => unknown;

  export = depthLimit;
}
