import { Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { formatGraphqlError } from './format-error';

/** Code-first: the resolvers' decorators are the schema; `schema.gql` is its committed print. */
export const graphqlSchemaOptions = { sortSchema: true } as const;

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      ...graphqlSchemaOptions,
      path: '/graphql',
      context: ({ req }: { req: Request }) => ({ req }),
      includeStacktraceInErrorResponses: false,
      formatError: formatGraphqlError,
      playground: false,
      introspection: true,
    }),
  ],
})
export class AppGraphqlModule {}
