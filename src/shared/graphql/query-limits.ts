import { GraphQLError, Kind, type ASTNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

export type QueryLimitCode = 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_DEEP';

/**
 * Fields an operation may select once its fragments are spread out, checked by Apollo
 * (`maxRecursiveSelections`) with the specified rules. It keeps a small document that spreads
 * fragments into millions of fields from reaching the rules below and the cost estimate, which
 * walk fragments spread out; and Apollo runs our rules only on a document that passed, so they
 * meet no unknown fragment and no cycle. Far above any request of ours (a few hundred fields).
 */
export const MAX_SELECTIONS = 10_000;

/**
 * A request refused for its size before anything runs. Its status is the 400 GraphQL gives a
 * request it refuses at validation; Apollo files ours under GRAPHQL_VALIDATION_FAILED and keeps
 * them as the original error, which `format-error.ts` answers with.
 */
export class QueryLimitExceeded extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
    nodes?: readonly ASTNode[],
  ) {
    super(message, { nodes, extensions: { code, http: { status: 400 } } });
    this.name = 'QueryLimitExceeded';
  }
}

export function queryLimitExceeded(error: unknown): QueryLimitExceeded | null {
  if (error instanceof QueryLimitExceeded) return error;
  if (error instanceof GraphQLError && error.originalError instanceof QueryLimitExceeded) return error.originalError;
  return null;
}

export const operationLabel = (name: string | undefined): string => (name ? `The operation ${name}` : 'The operation');

/** Nesting of fields, introspection left out; graphql-depth-limit measures it. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const operations = context.getDocument().definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    // Measured without a cut-off so that the refusal says how deep; MAX_SELECTIONS bounds the walk.
    depthLimit(Number.POSITIVE_INFINITY, {}, (depths) => {
      for (const operation of operations) {
        const depth = depths[operation.name?.value ?? ''];
        if (depth > maxDepth) {
          context.reportError(new QueryLimitExceeded('QUERY_TOO_DEEP', `${operationLabel(operation.name?.value)} is ${depth} levels deep; the limit is ${maxDepth}`, [operation]));
        }
      }
    })(context);
    return {};
  };
}

/**
 * Aliases are how one request asks for the same listing many times over; each operation may use
 * a few, counted with its fragments spread out.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => {
    const inFragments = new Map<string, number>();
    const aliasesIn = (selectionSet: SelectionSetNode): number => {
      let count = 0;
      for (const selection of selectionSet.selections) {
        switch (selection.kind) {
          case Kind.FIELD:
            count += (selection.alias ? 1 : 0) + (selection.selectionSet ? aliasesIn(selection.selectionSet) : 0);
            break;
          case Kind.INLINE_FRAGMENT:
            count += aliasesIn(selection.selectionSet);
            break;
          case Kind.FRAGMENT_SPREAD:
            count += aliasesInFragment(selection.name.value);
            break;
        }
      }
      return count;
    };
    const aliasesInFragment = (name: string): number => {
      const known = inFragments.get(name);
      if (known !== undefined) return known;
      inFragments.set(name, 0);
      const fragment = context.getFragment(name);
      const count = fragment ? aliasesIn(fragment.selectionSet) : 0;
      inFragments.set(name, count);
      return count;
    };
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet);
        if (aliases > maxAliases) {
          context.reportError(new QueryLimitExceeded('QUERY_TOO_COMPLEX', `${operationLabel(operation.name?.value)} has ${aliases} aliased fields; the limit is ${maxAliases}`, [operation]));
        }
        return false;
      },
    };
  };
}
