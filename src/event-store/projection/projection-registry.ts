import { Injectable } from '@nestjs/common';
import type { Projection } from './projection';

/** Contexts register their projections while modules initialise; the runner starts after. */
@Injectable()
export class ProjectionRegistry {
  private readonly projections = new Map<string, Projection>();

  register(...projections: Projection[]): void {
    for (const projection of projections) {
      if (this.projections.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
      this.projections.set(projection.name, projection);
    }
  }

  all(): Projection[] {
    return [...this.projections.values()];
  }

  get(name: string): Projection | undefined {
    return this.projections.get(name);
  }
}
