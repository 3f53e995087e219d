import { createServer, connect, type Server, type Socket } from 'node:net';

/** A Bolt COMMIT message in its chunk: size 2, a struct of no fields (0xB0), signature 0x12. */
const BOLT_COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12]);

/**
 * A loopback TCP proxy in front of the real Neo4j, so a test can cut the database off and bring it
 * back (as a restart or a network failure would) without a slow restart of Neo4j itself.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  /** While set, connections are accepted and kept but nothing passes: a host that stopped answering. */
  private stalled = false;
  /** Text sent in the transaction whose COMMIT answer is to be lost (a parameter value of its statements). */
  private loseCommitAnswerOf: Buffer | null = null;
  port = 0;

  constructor(private readonly targetPort: number) {}

  async start(port = this.port): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : port;
    return this.port;
  }

  /** Drops every connection and stops listening: the database looks down (connections refused). */
  async cut(): Promise<void> {
    this.stalled = false;
    this.dropAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /** Nothing passes any more, in either direction, and no error is seen: the database is unreachable. */
  stall(): void {
    this.stalled = true;
  }

  /** The network is back: stalled connections are gone (as their peer timed them out); new ones pass again. */
  resume(): void {
    this.stalled = false;
    this.dropAll();
  }

  /**
   * The COMMIT of the next transaction that sends `marker` reaches Neo4j and is carried out, but its answer
   * never comes back: the client's connection breaks as it waits, the outcome it cannot know.
   */
  loseTheCommitAnswerOf(marker: string): void {
    this.loseCommitAnswerOf = Buffer.from(marker, 'utf8');
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.stalled) return;
    const upstream = connect(this.targetPort, '127.0.0.1');
    this.track(upstream);
    let marked = false;
    // Whether the upstream connection outlives the client's, until Neo4j has answered a COMMIT it received.
    let awaitingCommitAnswer = false;
    client.on('data', (chunk: Buffer) => {
      if (this.stalled) return;
      upstream.write(chunk);
      if (this.loseCommitAnswerOf && chunk.includes(this.loseCommitAnswerOf)) marked = true;
      if (marked && this.loseCommitAnswerOf && chunk.includes(BOLT_COMMIT)) {
        this.loseCommitAnswerOf = null;
        // Neo4j commits and answers; the answer goes nowhere. The upstream side stays open until that answer
        // comes: a connection closed under a queued COMMIT may be rolled back instead, and the test would not
        // know which outcome it staged.
        awaitingCommitAnswer = true;
        upstream.once('data', () => upstream.destroy());
        client.destroy();
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!this.stalled && !client.destroyed) client.write(chunk);
    });
    client.on('close', () => {
      if (!awaitingCommitAnswer) upstream.end();
    });
    upstream.on('close', () => client.destroy());
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private dropAll(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
}
