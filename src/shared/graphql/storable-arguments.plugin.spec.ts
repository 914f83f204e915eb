import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { findUnstorableArgument } from './storable-arguments.plugin';

function found(query: string, variables: Record<string, unknown> = {}): string | undefined {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return findUnstorableArgument(document, operation, variables)?.field;
}

describe('arguments the database could not store', () => {
  it('finds a NUL written in the document, named from the argument', () =>
    expect(found('{ quote(input: { promoCode: "A\\u0000", occupants: [{ ageRangeId: "x" }] }) { total } }')).toBe('input.promoCode'));

  it('finds one inside a list of input objects', () => expect(found('{ quote(input: { occupants: [{ ageRangeId: "a" }, { ageRangeId: "b\\u0000" }] }) { total } }')).toBe('input.occupants[1].ageRangeId'));

  it('finds one in a variable, named from where it is used', () => expect(found('query($code: String) { quote(input: { promoCode: $code }) { total } }', { code: 'A\u0000' })).toBe('input.promoCode'));

  it('finds one deep in a variable holding an input', () =>
    expect(found('query($input: SignUpInput!) { signUp(input: $input) { token } }', { input: { lastName: 'Mar\ud800tin' } })).toBe('input.lastName'));

  it("finds one in a variable's default value", () => expect(found('query($guest: String = "\\u0000") { dossiers(filter: { guest: $guest }) { totalCount } }')).toBe('filter.guest'));

  it('finds one in an argument of a fragment', () => expect(found('{ ...F } fragment F on Query { dossier(id: "\\u0000") { id } }')).toBe('id'));

  it('finds one in a directive argument', () => expect(found('query($x: String) { me @tag(name: $x) { id } }', { x: '\u0000' })).toBe('name'));

  it('passes an operation whose text can all be stored', () =>
    expect(found('query($input: SignUpInput!) { signUp(input: $input) { token } }', { input: { lastName: 'Ðurić 🏡', extra: ['a', 1, null] } })).toBeUndefined());

  it('leaves variables the operation does not use to GraphQL, which ignores them', () => expect(found('{ me { id } }', { unused: '\u0000' })).toBeUndefined());
});
