import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A job only one instance runs at a time (the email sender), held as a row with an expiry: the
 * holder renews it before each step, and another instance takes it over once it has expired
 * (its holder died). A row, not a session advisory lock, so it needs no connection of its own
 * and works on the embedded database; the expiry must outlast the longest step, or two
 * instances could run one at once.
 */
export class Lease {
  private readonly holder = randomUUID();

  constructor(
    private readonly em: EntityManager,
    private readonly name: string,
    private readonly ttlMs: number,
  ) {}

  /** Takes or renews the lease; false while another instance holds it. */
  async hold(): Promise<boolean> {
    const rows = await this.em.fork().getConnection().execute<{ holder: string }[]>(
      `INSERT INTO leases (name, holder, until) VALUES (?, ?, now() + make_interval(secs => ?))
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE leases.holder = excluded.holder OR leases.until < now()
       RETURNING holder`,
      [this.name, this.holder, this.ttlMs / 1000],
    );
    return rows.length === 1;
  }

  /** Lets another instance take over at once, rather than when the lease expires. */
  async release(): Promise<void> {
    await this.em.fork().getConnection().execute('DELETE FROM leases WHERE name = ? AND holder = ?', [this.name, this.holder]);
  }
}
