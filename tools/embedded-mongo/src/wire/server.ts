/**
 * The TCP side. Splits the byte stream into wire messages, runs each command on the engine in
 * arrival order per connection, waits for the journal to make the command's changes durable, then replies.
 */
import net from 'node:net';
import type { Document } from 'bson';
import type { ChangeRecord } from '../storage/collection.js';
import type { Engine } from '../commands/engine.js';
import type { Logger } from '../logger.js';
import { MAX_MESSAGE_SIZE_BYTES } from '../commands/handshake.js';
import {
  encodeLegacyReply,
  encodeMsgReply,
  parseMessage,
  WireProtocolError,
  type IncomingMessage,
} from './wire.js';

export type Persist = (changes: ChangeRecord[]) => Promise<void>;

export interface WireServerOptions {
  engine: Engine;
  host: string;
  port: number;
  logger: Logger;
  persist?: Persist;
}

export class WireServer {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private nextConnectionId = 1;
  private nextRequestId = 1;
  private readonly options: WireServerOptions;

  constructor(options: WireServerOptions) {
    this.options = options;
    this.server = net.createServer((socket) => this.accept(socket));
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : this.options.port);
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private accept(socket: net.Socket): void {
    const connectionId = this.nextConnectionId++;
    this.sockets.add(socket);
    this.options.engine.stats.connectionOpened();
    socket.setNoDelay(true);
    // Incoming bytes are kept as a list of chunks and joined once per complete message, so a large message that
    // arrives in many small chunks is not copied over and over.
    let chunks: Buffer[] = [];
    let buffered = 0;
    // Replies go out in request order even though journaling is asynchronous.
    let queue = Promise.resolve();
    const fail = (reason: string, detail: object = {}): void => {
      this.options.logger.warn?.({ connectionId, ...detail }, `${reason}; closing connection`);
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      buffered += chunk.length;
      while (buffered >= 4) {
        if ((chunks[0] as Buffer).length < 4) chunks = [Buffer.concat(chunks)];
        const length = (chunks[0] as Buffer).readInt32LE(0);
        if (length < 16 || length > MAX_MESSAGE_SIZE_BYTES) return fail('invalid message length', { length });
        if (buffered < length) return;
        const all = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const frame = all.subarray(0, length);
        chunks = all.length > length ? [all.subarray(length)] : [];
        buffered -= length;
        let reply: Promise<Buffer | null>;
        try {
          reply = this.execute(parseMessage(frame), connectionId, socket);
        } catch (error) {
          const reason = error instanceof WireProtocolError ? error.message : String(error);
          return fail('malformed message', { reason });
        }
        queue = queue
          .then(() => reply)
          .then((bytes) => {
            if (bytes && !socket.destroyed) socket.write(bytes);
          })
          .catch((error: unknown) => fail('could not send a reply', { reason: String(error) }));
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.options.engine.stats.connectionClosed();
    });
  }

  /** Runs the command now (synchronously) and resolves with the encoded reply once it is durable. */
  private execute(
    message: IncomingMessage,
    connectionId: number,
    socket: net.Socket,
  ): Promise<Buffer | null> {
    const { engine, persist, logger } = this.options;
    const server = {
      connectionId,
      host: socket.localAddress ?? this.options.host,
      port: socket.localPort ?? this.options.port,
    };
    const db = message.kind === 'query' ? (message.fullCollectionName.split('.')[0] ?? 'admin') : 'admin';
    const reply: Document = engine.run(message.command, db, server);
    const changes = engine.store.takeChanges();
    logger.debug?.(
      { connectionId, command: Object.keys(message.command)[0], ok: reply.ok as unknown },
      'command',
    );
    const requestId = this.nextRequestId++;
    const encode = (doc: Document): Buffer | null => {
      if (message.kind === 'query') return encodeLegacyReply(doc, requestId, message.header.requestId);
      if (message.moreToCome) return null;
      try {
        return encodeMsgReply(doc, requestId, message.header.requestId);
      } catch (error) {
        // e.g. a reply over the BSON size limit: answer with an error instead of dropping the connection.
        const failure = {
          ok: 0,
          errmsg: `could not encode the reply: ${String(error)}`,
          code: 10334,
          codeName: 'BSONObjectTooLarge',
        };
        return encodeMsgReply(failure, requestId, message.header.requestId);
      }
    };
    if (!persist || changes.length === 0) return Promise.resolve(encode(reply));
    return persist(changes).then(
      () => encode(reply),
      (error: unknown) => {
        // The change is applied in memory but not durable: tell the client the write failed.
        logger.error?.({ err: error }, 'journal write failed');
        return encode({
          ok: 0,
          errmsg: `journal write failed: ${String(error)}`,
          code: 8,
          codeName: 'UnknownError',
        });
      },
    );
  }
}
