import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
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
 *
 * PGlite trusts whoever talks to it, so the server asks each client for the password first, by
 * SCRAM-SHA-256 as PostgreSQL does: nothing a client sends reaches the database before it proved
 * it knows the password, and the password itself never crosses the socket.
 */
export class PgliteWireServer {
  private readonly server: Server;
  private readonly scram: ScramSha256;
  private readonly connections = new Set<WireConnection>();
  /** The connection that holds the database, and those waiting for it, in order. */
  private holder: WireConnection | null = null;
  private readonly waiting: WireConnection[] = [];

  constructor(
    private readonly db: PGlite,
    password: string,
  ) {
    this.scram = new ScramSha256(password);
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
    const connection: WireConnection = new WireConnection(socket, this.db, this.scram, {
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
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
const TERMINATE = 0x58;
const SASL_RESPONSE = 0x70;
const AUTH_SASL = 10;
const AUTH_SASL_CONTINUE = 11;
const AUTH_SASL_FINAL = 12;
/** PostgreSQL's own bound on a start-up packet; it also bounds what a stranger can make us buffer. */
const MAX_OPENING_MESSAGE = 10_000;
/** PostgreSQL's default `authentication_timeout`. */
const AUTHENTICATION_TIMEOUT_MS = 60_000;
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

function authenticationRequest(kind: number, data: Buffer): Buffer {
  const message = Buffer.alloc(9 + data.length);
  message.write('R', 0);
  message.writeInt32BE(8 + data.length, 1);
  message.writeInt32BE(kind, 5);
  data.copy(message, 9);
  return message;
}

function fatalError(code: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`, 'utf8');
  const message = Buffer.alloc(5 + fields.length);
  message.write('E', 0);
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}

/** A start-up message's parameters are name/value pairs of C strings after its version. */
function startupParameter(startup: Buffer, name: string): string | null {
  const pairs = startup.toString('utf8', 8).split('\0');
  for (let i = 0; i + 1 < pairs.length; i += 2) if (pairs[i] === name) return pairs[i + 1];
  return null;
}

interface Turn {
  acquire(): Promise<void>;
  release(): void;
}

/**
 * Where a connection stands: negotiating (SSL and GSS requests, start-up), proving the password,
 * open to the database, or refused and closing.
 */
type Phase = 'opening' | 'authenticating' | 'open' | 'refused';

/** One client connection: its incoming messages, and whether it holds the database. */
class WireConnection {
  grant: (() => void) | null = null;
  private incoming = Buffer.alloc(0);
  private readonly pending: Buffer[] = [];
  private readonly backend = new BackendScanner();
  private phase: Phase = 'opening';
  private startup: Buffer | null = null;
  private user = '';
  private scramExchange: ScramExchange | null = null;
  private readonly authenticationTimer: NodeJS.Timeout;
  private holding = false;
  private pumping = false;
  private gone = false;
  private finished = false;

  constructor(
    readonly socket: Socket,
    private readonly db: PGlite,
    private readonly scram: ScramSha256,
    private readonly turn: Turn,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    this.authenticationTimer = setTimeout(() => socket.destroy(), AUTHENTICATION_TIMEOUT_MS);
  }

  /**
   * The client left. A server would still run what it had received, then abort whatever the
   * client left open; so does this, before letting the next connection in. A transaction block
   * is rolled back; an extended-protocol exchange cut before its Sync (which leaves an implicit
   * transaction that `isInTransaction` does not report) is failed, then ended with a Sync.
   */
  closed(): Promise<void> {
    clearTimeout(this.authenticationTimer);
    this.gone = true;
    return this.pump();
  }

  private receive(chunk: Buffer): void {
    if (this.phase === 'refused') return;
    this.incoming = Buffer.concat([this.incoming, chunk]);
    for (;;) {
      const length = this.nextMessageLength();
      if (length === null || this.incoming.length < length) break;
      const message = Buffer.from(this.incoming.subarray(0, length));
      this.incoming = this.incoming.subarray(length);
      if (this.phase === 'open') this.pending.push(message);
      else if (this.phase === 'opening') this.negotiate(message);
      else if (this.phase === 'authenticating') this.authenticate(message);
      else return;
    }
    void this.pump();
  }

  /**
   * A connection opens with untyped messages (SSL request, start-up); typed ones follow. Until
   * the client is known, a length out of PostgreSQL's bounds ends the connection.
   */
  private nextMessageLength(): number | null {
    if (this.phase === 'open') return this.incoming.length >= 5 ? 1 + this.incoming.readInt32BE(1) : null;
    const untyped = this.phase === 'opening';
    if (this.incoming.length < (untyped ? 8 : 5)) return null;
    const length = untyped ? this.incoming.readInt32BE(0) : 1 + this.incoming.readInt32BE(1);
    if (length >= (untyped ? 8 : 5) && length <= MAX_OPENING_MESSAGE) return length;
    this.refuse('08P01', 'invalid message length');
    return null;
  }

  private negotiate(message: Buffer): void {
    const code = message.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write('N');
    } else if (code === PROTOCOL_3) {
      this.startup = message;
      this.user = startupParameter(message, 'user') ?? '';
      this.phase = 'authenticating';
      this.socket.write(authenticationRequest(AUTH_SASL, Buffer.from(`${SCRAM_SHA_256}\0\0`)));
    } else {
      this.socket.destroy(); // a cancel request, or garbage: PGlite has nothing to cancel
    }
  }

  /** SASLInitialResponse, then SASLResponse: the two client messages of SCRAM-SHA-256. */
  private authenticate(message: Buffer): void {
    if (message[0] === TERMINATE) {
      this.socket.destroy();
      return;
    }
    if (message[0] !== SASL_RESPONSE) return this.refuse('08P01', 'expected SASL response');
    if (this.scramExchange === null) {
      const mechanismEnd = message.indexOf(0, 5);
      if (mechanismEnd < 0 || message.toString('utf8', 5, mechanismEnd) !== SCRAM_SHA_256) {
        return this.refuse('28000', 'client selected an invalid SASL authentication mechanism');
      }
      const length = message.length >= mechanismEnd + 5 ? message.readInt32BE(mechanismEnd + 1) : -1;
      const clientFirst = message.toString('utf8', mechanismEnd + 5, mechanismEnd + 5 + Math.max(length, 0));
      this.scramExchange = this.scram.begin(clientFirst);
      if (this.scramExchange === null) return this.passwordFailed();
      this.socket.write(authenticationRequest(AUTH_SASL_CONTINUE, Buffer.from(this.scramExchange.serverFirst)));
      return;
    }
    const serverFinal = this.scram.finish(this.scramExchange, message.toString('utf8', 5));
    if (serverFinal === null || this.startup === null) return this.passwordFailed();
    this.socket.write(authenticationRequest(AUTH_SASL_FINAL, Buffer.from(serverFinal)));
    clearTimeout(this.authenticationTimer);
    // PGlite answers the start-up with AuthenticationOk and the session's parameters.
    this.phase = 'open';
    this.pending.push(this.startup);
  }

  private passwordFailed(): void {
    this.refuse('28P01', `password authentication failed for user "${this.user}"`);
  }

  private refuse(code: string, text: string): void {
    this.phase = 'refused';
    this.incoming = Buffer.alloc(0);
    this.socket.end(fatalError(code, text));
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

const SCRAM_SHA_256 = 'SCRAM-SHA-256';
/** PostgreSQL's default `scram_iterations`. */
const SCRAM_ITERATIONS = 4096;

interface ScramExchange {
  readonly gs2Header: string;
  readonly clientFirstBare: string;
  readonly serverFirst: string;
  readonly nonce: string;
}

/**
 * The server side of SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL speaks it, without channel
 * binding (there is no TLS to bind to). The verifier is derived once from the password; each
 * exchange gets a fresh server nonce, so a recorded exchange cannot be replayed. PostgreSQL
 * ignores the SCRAM user name in favour of the start-up one, and so does this.
 */
class ScramSha256 {
  private readonly salt = randomBytes(16);
  private readonly storedKey: Buffer;
  private readonly serverKey: Buffer;

  /** The password must be ASCII without control characters, which SASLprep leaves as it is. */
  constructor(password: string) {
    const salted = pbkdf2Sync(password, this.salt, SCRAM_ITERATIONS, 32, 'sha256');
    this.storedKey = sha256(hmac(salted, 'Client Key'));
    this.serverKey = hmac(salted, 'Server Key');
  }

  /** The server-first message answering a client-first one, or null if it is not one we accept. */
  begin(clientFirst: string): ScramExchange | null {
    // "n,," or "y,,": no channel binding, which needs TLS; "p=…" asks for one, "a=…" for another role.
    const parsed = /^([ny],,)(n=[^,]*,r=([\x21-\x2b\x2d-\x7e]+))$/.exec(clientFirst);
    if (parsed === null) return null;
    const [, gs2Header, clientFirstBare, clientNonce] = parsed;
    const nonce = `${clientNonce}${randomBytes(18).toString('base64')}`;
    const serverFirst = `r=${nonce},s=${this.salt.toString('base64')},i=${SCRAM_ITERATIONS}`;
    return { gs2Header, clientFirstBare, serverFirst, nonce };
  }

  /** The server-final message if the client's proof shows it knows the password, else null. */
  finish(exchange: ScramExchange, clientFinal: string): string | null {
    const parsed = /^(c=([^,]*),r=([^,]*)),p=([A-Za-z0-9+/]+={0,2})$/.exec(clientFinal);
    if (parsed === null) return null;
    const [, withoutProof, binding, nonce, proof] = parsed;
    if (binding !== Buffer.from(exchange.gs2Header).toString('base64') || nonce !== exchange.nonce) return null;
    const clientProof = Buffer.from(proof, 'base64');
    if (clientProof.length !== this.storedKey.length) return null;
    const authMessage = `${exchange.clientFirstBare},${exchange.serverFirst},${withoutProof}`;
    const clientSignature = hmac(this.storedKey, authMessage);
    const clientKey = Buffer.from(clientProof.map((byte, i) => byte ^ clientSignature[i]));
    if (!timingSafeEqual(sha256(clientKey), this.storedKey)) return null;
    return `v=${hmac(this.serverKey, authMessage).toString('base64')}`;
  }
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}
