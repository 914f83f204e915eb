import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, visit, type DocumentNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_SELECTIONS, operationLabel, QueryLimitExceeded } from './query-limits';

/**
 * The most items each big listing answers, as its query enforces it. Written here because shared
 * code may not reach into a context; `test/security/query-limits.test.ts` fails when one of these
 * fields leaves the schema. A resolver may also state its own cost (`complexity` in its options),
 * which wins over this table.
 */
export const LISTING_SIZES: Readonly<Record<string, number>> = {
  'Query.rates': 10_000, // MAX_LISTED_RATES, tarification/application/rate.queries.ts
  'Query.planning': 367, // MAX_PLANNING_DAYS, tarification/contracts.ts
  'Query.nightlyPrices': 367, // the same span
  'Query.dossiers': 500, // MAX_PAGE, reservation/infrastructure/dossier-listing.ts
};

/**
 * Reading and building one row of a listing costs about as much as answering twenty fields: a
 * listing of stay rates weighs on the server whatever fields the client picks from it.
 */
export const ROW_COST = 20;

/** The rows a listing's `first` asks for, when it is a count at all. */
function askedRows(args: Record<string, unknown>): number | undefined {
  const first = args.first;
  return typeof first === 'number' && Number.isInteger(first) && first > 0 ? first : undefined;
}

/** The cost of a paged listing that states its own: `first` rows (its default when absent), at most `max`. */
export const pageCost =
  (defaultRows: number, max: number) =>
  ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number => {
    const asked = askedRows(args);
    return (asked === undefined ? defaultRows : Math.min(asked, max)) * (ROW_COST + childComplexity);
  };

/**
 * Every field costs 1; a listing costs, for each row it may answer, a row and the fields asked of
 * it. Its rows: its size from the table, or its `first` argument when the client asks for fewer.
 */
const listingEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const most: number | undefined = LISTING_SIZES[`${type.name}.${field.name}`];
  const asked = askedRows(args);
  if (most === undefined && asked === undefined) return undefined;
  const rows = Math.min(asked ?? Number.POSITIVE_INFINITY, most ?? Number.POSITIVE_INFINITY);
  return rows * (ROW_COST + childComplexity);
};

const ESTIMATORS = [fieldExtensionsEstimator(), listingEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** The variables a document passes as `first`: the only ones its cost depends on. */
function firstVariables(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.push(node.value.name.value);
    },
  });
  return names;
}

/** Costs already worked out: clients send the same few operations over and over. */
const KNOWN_COSTS_KEPT = 1000;

/** Prices the operation about to run, with its variables, and refuses it above the limit. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const known = new Map<string, number>();
  const firstsOf = new WeakMap<DocumentNode, string[]>();
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) return Promise.resolve();
          const variables = request.variables ?? {};
          const firsts = firstsOf.get(document) ?? firstVariables(document);
          firstsOf.set(document, firsts);
          const key = `${request.query ?? ''}\u0000${operation.name?.value ?? ''}\u0000${firsts.map((name) => String(variables[name])).join(',')}`;
          let cost = known.get(key);
          if (cost === undefined) {
            // Apollo refuses variables that do not fit their types with BAD_USER_INPUT before any
            // resolver runs; the estimate needs them to fit.
            if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return Promise.resolve();
            cost = getComplexity({
              schema,
              query: document,
              variables,
              operationName: operation.name?.value,
              estimators: ESTIMATORS,
              // Its own budget of nodes walked (10,000 by default), out of reach once Apollo capped them.
              maxQueryNodes: MAX_SELECTIONS + 1,
            });
            if (known.size >= KNOWN_COSTS_KEPT) known.clear();
            known.set(key, cost);
          }
          if (cost <= maxCost) return Promise.resolve();
          return Promise.reject(new QueryLimitExceeded('QUERY_TOO_COMPLEX', `${operationLabel(operation.name?.value)} costs ${cost}; the limit is ${maxCost}`, [operation]));
        },
      }),
  };
}
