import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type ASTNode, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { fieldPath, findUnstorableText, unstorableText, type UnstorableInput } from '../http/storable-text';

interface Found extends UnstorableInput {
  readonly node: ASTNode;
}

/**
 * Every argument of the operation about to run, written in the document or passed as a variable,
 * down to the strings inside input objects and lists: the first the database could not store.
 * Named from the argument (`input.promoCode`, `filter.accommodationId`), as domain errors name them.
 */
export function findUnstorableArgument(document: DocumentNode, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): Found | null {
  const defaults = new Map((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]));
  const inValue = (value: ValueNode, path: string): Found | null => {
    switch (value.kind) {
      case Kind.STRING: {
        const problem = unstorableText(value.value);
        return problem ? { field: path, problem, node: value } : null;
      }
      case Kind.LIST:
        for (const [i, item] of value.values.entries()) {
          const found = inValue(item, fieldPath(path, i));
          if (found) return found;
        }
        return null;
      case Kind.OBJECT:
        for (const field of value.fields) {
          const found = inValue(field.value, fieldPath(path, field.name.value));
          if (found) return found;
        }
        return null;
      case Kind.VARIABLE: {
        const name = value.name.value;
        if (Object.hasOwn(variables, name)) {
          const found = findUnstorableText(variables[name], path);
          return found ? { ...found, node: value } : null;
        }
        const byDefault = defaults.get(name);
        return byDefault ? inValue(byDefault, path) : null;
      }
      case Kind.INT:
      case Kind.FLOAT:
      case Kind.BOOLEAN:
      case Kind.NULL:
      case Kind.ENUM:
        return null;
    }
  };
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const argument of [operation, ...fragments].flatMap(argumentsIn)) {
    const found = inValue(argument.value, argument.name.value);
    if (found) return found;
  }
  return null;
}

/** Of fields and directives alike. */
function argumentsIn(node: ASTNode): ArgumentNode[] {
  const found: ArgumentNode[] = [];
  visit(node, {
    Argument(argument) {
      found.push(argument);
      return false;
    },
  });
  return found;
}

/** Refuses, before anything runs, an operation with an argument PostgreSQL would refuse to store. */
export function storableArgumentsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, operation, request }) => {
          const found = operation ? findUnstorableArgument(document, operation, request.variables ?? {}) : null;
          if (!found) return Promise.resolve();
          return Promise.reject(
            new GraphQLError(`${found.field}: ${found.problem}`, {
              nodes: [found.node],
              extensions: { code: 'BAD_USER_INPUT', field: found.field, http: { status: 400 } },
            }),
          );
        },
      }),
  };
}
