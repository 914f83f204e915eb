import { SetMetadata } from '@nestjs/common';

/**
 * A destination (a tourism agency or a label network running a marketplace), as proven by its own
 * token. It is an account of another kind than an owner's: it never reaches an owner's operation,
 * and an owner's token never reaches one of its own. Resolvers take it with `@CurrentDestination()`.
 */
export interface AuthenticatedDestination {
  readonly destinationId: string;
}

export const IS_DESTINATION_OPERATION = 'osmb:isDestinationOperation';

/** Marks an operation of destinations: only a destination's own token may call it. */
export const DestinationOperation = () => SetMetadata(IS_DESTINATION_OPERATION, true);
