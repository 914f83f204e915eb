import { Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { Authenticator } from '../auth/authenticator';
import { graphqlSettings, RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';
import { formatGraphqlError } from './format-error';
import { queryCostPlugin } from './query-cost.plugin';
import { aliasLimitRule, depthLimitRule, MAX_SELECTIONS } from './query-limits';
import { storableArgumentsPlugin } from './storable-arguments.plugin';
import { graphqlContext, subscriptionOptions } from './subscriptions';
import { warningsPlugin } from './warnings.plugin';

/** Code-first: the resolvers' decorators are the schema; `schema.gql` is its committed print. */
export const graphqlSchemaOptions = { sortSchema: true } as const;

export const GRAPHQL_PATH = '/graphql';

/**
 * Before a resolver runs, a request passes, in order: the specified rules and the selection cap
 * (Apollo's), then, on a document known valid, our depth and alias limits; once its operation and
 * variables are known, the check of its text arguments, then its cost.
 */
function apolloOptions(config: RuntimeConfig, authenticator: Authenticator): Omit<ApolloDriverConfig, 'driver'> {
  const limits = graphqlSettings(config);
  return {
    autoSchemaFile: true,
    ...graphqlSchemaOptions,
    path: GRAPHQL_PATH,
    context: graphqlContext,
    subscriptions: subscriptionOptions(authenticator),
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    playground: false,
    introspection: limits.introspection,
    maxRecursiveSelections: MAX_SELECTIONS,
    validationRules: [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    plugins: [storableArgumentsPlugin(), queryCostPlugin(limits.maxCost), warningsPlugin()],
  };
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [RUNTIME_CONFIG, Authenticator],
      useFactory: apolloOptions,
    }),
  ],
})
export class AppGraphqlModule {}
