import { registerEnumType } from '@nestjs/graphql';

/**
 * Domain enums are string unions listed in const arrays; GraphQL wants an object. This makes
 * one and registers it, so the schema and the domain cannot list different values.
 */
export function enumType<T extends string>(values: readonly T[], name: string, description?: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
