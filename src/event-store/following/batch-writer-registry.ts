import { Injectable } from '@nestjs/common';
import type { BatchWriter } from './batch-follower';

/** Contexts register their batch writers while modules initialise; the runner starts after. */
@Injectable()
export class BatchWriterRegistry {
  private readonly writers = new Map<string, BatchWriter>();

  register(writer: BatchWriter): void {
    if (this.writers.has(writer.name)) throw new Error(`Batch writer ${writer.name} is registered twice`);
    this.writers.set(writer.name, writer);
  }

  all(): BatchWriter[] {
    return [...this.writers.values()];
  }
}
