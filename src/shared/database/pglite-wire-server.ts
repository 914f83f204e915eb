import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite database to many PostgreSQL clients over the wire protocol.
 *
 * PGlite is a single backend session. `@electric-sql/pglite-socket` queues each protocol
 * message on its own, so another connection's Parse can land between one connection's Parse
 * and its Bind: statements get swapped, and a query can silently answer with another's rows
 * (electric-sql/pglite#1046, fix not released). Here a connection keeps the database from its
 * first message until the backend says it is idle again (ReadyForQuery with status `I`): a
 * whole extended-protocol exchange, or a whole transaction, runs without anyone in between.
 * The trade-off is PGlite's own: one exchange at a time, so a client must never wait on another
 * connection while it holds a transaction open.
 */
export class PgliteWireServer {
  private readonly server: Server;
  private readonly connections = new Set<WireConnection>();
  /** The connection that holds the database, and those waiting for it, in order. */
  private holder: WireConnection | null = null;
  private readonly waiting: WireConnection[] = [];

  constructor(private readonly db: PGlite) {
    this.server = createServer((socket) => this.accept(socket));
  }

  async listen(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('The embedded database is not listening on a TCP port');
    return `${host}:${address.port}`;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    const connection: WireConnection = new WireConnection(socket, this.db, {
      acquire: (): Promise<void> => this.acquire(connection),
      release: (): void => this.release(connection),
    });
    this.connections.add(connection);
    socket.on('close', () => {
      this.connections.delete(connection);
      void connection.closed();
    });
  }

  private acquire(connection: WireConnection): Promise<void> {
    if (this.holder === null) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      connection.grant = resolve;
      this.waiting.push(connection);
    });
  }

  private release(connection: WireConnection): void {
    const queued = this.waiting.indexOf(connection);
    if (queued >= 0) this.waiting.splice(queued, 1);
    if (this.holder !== connection) return;
    const next = this.waiting.shift() ?? null;
    this.holder = next;
    next?.grant?.();
  }
}

const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;
const TERMINATE = 0x58;
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
const ROLLBACK = simpleQuery('ROLLBACK');
/** Executing a portal that does not exist fails, which aborts an exchange cut before its Sync. */
const FAIL_EXCHANGE = execute('osmb_abandoned_exchange');

function execute(portal: string): Uint8Array {
  const name = Buffer.from(`${portal}\0`, 'utf8');
  const message = Buffer.alloc(1 + 4 + name.length + 4);
  message.write('E', 0);
  message.writeInt32BE(4 + name.length + 4, 1);
  name.copy(message, 5);
  message.writeInt32BE(0, 5 + name.length);
  return new Uint8Array(message);
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + text.length);
  message.write('Q', 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

interface Turn {
  acquire(): Promise<void>;
  release(): void;
}

/** One client connection: its incoming messages, and whether it holds the database. */
class WireConnection {
  grant: (() => void) | null = null;
  private incoming = Buffer.alloc(0);
  private readonly pending: Buffer[] = [];
  private readonly backend = new BackendScanner();
  private started = false;
  private holding = false;
  private pumping = false;
  private gone = false;
  private finished = false;

  constructor(
    readonly socket: Socket,
    private readonly db: PGlite,
    private readonly turn: Turn,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
  }

  /**
   * The client left. A server would still run what it had received, then abort whatever the
   * client left open; so does this, before letting the next connection in. A transaction block
   * is rolled back; an extended-protocol exchange cut before its Sync (which leaves an implicit
   * transaction that `isInTransaction` does not report) is failed, then ended with a Sync.
   */
  closed(): Promise<void> {
    this.gone = true;
    return this.pump();
  }

  private receive(chunk: Buffer): void {
    this.incoming = Buffer.concat([this.incoming, chunk]);
    for (;;) {
      const length = this.nextMessageLength();
      if (length === null || this.incoming.length < length) break;
      const message = Buffer.from(this.incoming.subarray(0, length));
      this.incoming = this.incoming.subarray(length);
      if (this.started) {
        this.pending.push(message);
        continue;
      }
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST) this.socket.write('N');
      else if (code === PROTOCOL_3) {
        this.started = true;
        this.pending.push(message);
      } else this.socket.destroy(); // a cancel request, or garbage: PGlite has nothing to cancel
    }
    void this.pump();
  }

  /** A connection opens with untyped messages (SSL request, start-up); typed ones follow. */
  private nextMessageLength(): number | null {
    if (this.started) return this.incoming.length >= 5 ? 1 + this.incoming.readInt32BE(1) : null;
    return this.incoming.length >= 8 ? this.incoming.readInt32BE(0) : null;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.pending.length > 0) {
        const message = this.pending.shift();
        if (!message || message[0] === TERMINATE) continue;
        await this.hold();
        await this.exchange(message, true);
        if (this.backend.idle) this.letGo();
      }
      if (this.gone && !this.finished) {
        this.finished = true;
        await this.abandon();
      }
    } catch {
      // The database failed or closed under this exchange: nothing more can run on it.
      this.finished = true;
      this.pending.length = 0;
      this.letGo();
      this.socket.destroy();
    } finally {
      this.pumping = false;
    }
    // A close that arrived while this pump ran still needs its clean-up.
    if (this.gone && !this.finished) await this.pump();
  }

  private async hold(): Promise<void> {
    if (this.holding) return;
    await this.turn.acquire();
    this.holding = true;
  }

  private letGo(): void {
    if (!this.holding) return;
    this.holding = false;
    this.turn.release();
  }

  private async exchange(message: Uint8Array, answer: boolean): Promise<void> {
    this.backend.startExchange();
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (data) => {
          this.backend.scan(data);
          if (answer && this.socket.writable) this.socket.write(data);
        },
      }),
    );
  }

  private async abandon(): Promise<void> {
    if (!this.holding) {
      this.turn.release();
      return;
    }
    try {
      if (!this.backend.idle) {
        await this.exchange(FAIL_EXCHANGE, false);
        await this.exchange(SYNC, false);
      }
      if (this.db.isInTransaction()) await this.exchange(ROLLBACK, false);
    } finally {
      this.letGo();
    }
  }
}

/** Follows the backend's messages far enough to see each ReadyForQuery and its status. */
class BackendScanner {
  /** True once the backend answered ReadyForQuery `I` to the current exchange. */
  idle = false;
  private partial = Buffer.alloc(0);

  startExchange(): void {
    this.idle = false;
  }

  scan(data: Uint8Array): void {
    let buffer = Buffer.concat([this.partial, Buffer.from(data)]);
    while (buffer.length >= 5) {
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) break;
      if (buffer[0] === 0x5a) this.idle = buffer[5] === 0x49; // 'Z', status 'I'
      buffer = buffer.subarray(length);
    }
    this.partial = Buffer.from(buffer);
  }
}
