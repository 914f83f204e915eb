import { Client } from 'pg';
import { testDatabaseUrl } from '../support/database';

/**
 * Many connections share the embedded database's single session. Each must get the answers to
 * its own statements, even when differently shaped parameterised queries interleave, and a
 * transaction must see only its own writes until it commits.
 */
describe('the database the tests run on', () => {
  const clients: Client[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 8; i++) {
      const client = new Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      clients.push(client);
    }
  });
  afterAll(() => Promise.all(clients.map((c) => c.end())));

  it('answers each connection with the rows of its own statement while others run theirs', async () => {
    const answers = (
      await Promise.all(
        clients.map(async (client, c) => {
          const own: boolean[] = [];
          for (let i = 0; i < 25; i++) {
            if (c % 2 === 0) {
              const { rows } = await client.query<{ sum: number }>('SELECT $1::int + $2::int AS sum', [c, i]);
              own.push(rows[0].sum === c + i);
            } else {
              const { rows } = await client.query<{ a: string; b: string; c: string }>('SELECT $1::text AS a, $2::text AS b, $3::text AS c', [`${c}`, `${i}`, 'x']);
              own.push(rows[0].a === `${c}` && rows[0].b === `${i}` && rows[0].c === 'x');
            }
          }
          return own;
        }),
      )
    ).flat();
    expect(answers.filter((ok) => !ok)).toHaveLength(0);
    expect(answers).toHaveLength(200);
  });

  it('keeps readers and writers apart when transactions and parameterised reads interleave', async () => {
    const [setup] = clients;
    await setup.query('CREATE TABLE IF NOT EXISTS wire_mix (id int PRIMARY KEY, a text NOT NULL, b text NOT NULL)');
    await setup.query('DELETE FROM wire_mix');
    const problems: string[] = [];
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < 20; i++) {
          if (c < 4) {
            await client.query('BEGIN');
            await client.query('INSERT INTO wire_mix VALUES ($1, $2, $3)', [c * 100 + i, `a${c}`, `b${i}`]);
            await client.query('COMMIT');
          } else {
            const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM wire_mix WHERE id >= $1', [c * 1000]);
            if (rows[0]?.n !== '0') problems.push(`reader ${c} got ${JSON.stringify(rows)}`);
          }
        }
      }),
    ).catch((error: Error) => problems.push(error.message));
    expect(problems).toEqual([]);
    const { rows } = await setup.query<{ n: string }>('SELECT count(*) AS n FROM wire_mix');
    expect(rows[0].n).toBe('80');
    await setup.query('DROP TABLE wire_mix');
  });

  it('keeps a transaction whole and rolls back what a departed connection left open', async () => {
    const [setup] = clients;
    await setup.query('CREATE TABLE IF NOT EXISTS wire_probe (id int PRIMARY KEY, owner text NOT NULL)');
    await setup.query('DELETE FROM wire_probe');
    const leaving = new Client({ connectionString: testDatabaseUrl() });
    await leaving.connect();
    await leaving.query('BEGIN');
    await leaving.query('INSERT INTO wire_probe VALUES (1, $1)', ['abandoned']);
    await leaving.end();

    await Promise.all(
      clients.map(async (client, c) => {
        await client.query('BEGIN');
        await client.query('INSERT INTO wire_probe VALUES ($1, $2)', [100 + c, `client ${c}`]);
        await client.query('COMMIT');
      }),
    );
    const { rows } = await setup.query<{ id: number; owner: string }>('SELECT id, owner FROM wire_probe ORDER BY id');
    expect(rows).toEqual(clients.map((_, c) => ({ id: 100 + c, owner: `client ${c}` })));
    await setup.query('DROP TABLE wire_probe');
  });
});

describe('a client that leaves in the middle of an exchange', () => {
  /** Parse/Bind/Execute of an INSERT and no Sync, as a dying client might send. */
  function cutExchange(sql: string): Buffer {
    const typed = (type: string, body: Buffer) => {
      const head = Buffer.alloc(5);
      head.write(type, 0);
      head.writeInt32BE(4 + body.length, 1);
      return Buffer.concat([head, body]);
    };
    const parse = typed('P', Buffer.concat([Buffer.from(`\0${sql}\0`), Buffer.from([0, 0])]));
    const bind = typed('B', Buffer.from([0, 0, 0, 0, 0, 0, 0, 0]));
    const run = typed('E', Buffer.from([0, 0, 0, 0, 0]));
    return Buffer.concat([parse, bind, run]);
  }

  it('aborts what it left unfinished, and the next writers commit as usual', async () => {
    const setup = new Client({ connectionString: testDatabaseUrl() });
    await setup.connect();
    await setup.query('CREATE TABLE IF NOT EXISTS wire_cut (id int PRIMARY KEY)');
    await setup.query('DELETE FROM wire_cut');
    // A client that logged in, then writes the cut exchange on its socket and leaves.
    const dying = new Client({ connectionString: testDatabaseUrl() });
    dying.on('error', () => undefined); // its socket is cut under it on purpose
    await dying.connect();
    const socket = dying.connection.stream;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end(cutExchange('INSERT INTO wire_cut VALUES (1)'));
    });
    await setup.query('INSERT INTO wire_cut VALUES (2)');
    const reader = new Client({ connectionString: testDatabaseUrl() });
    await reader.connect();
    const { rows } = await reader.query<{ id: number }>('SELECT id FROM wire_cut ORDER BY id');
    expect(rows).toEqual([{ id: 2 }]);
    await setup.query('DROP TABLE wire_cut');
    await Promise.all([setup.end(), reader.end()]);
  });
});
