/**
 * Durability for the in-memory store. Every acknowledged command's changes (post-images of written
 * documents, deletes by _id, catalog changes) are appended as one framed record and fsynced before the reply;
 * commands that finish while a flush is in progress share the next fsync (group commit). On start the snapshot is
 * loaded, the journal replayed (a torn tail is dropped), and a fresh snapshot written; the same compaction runs
 * again whenever the journal grows past a threshold. Damage that is not a torn tail stops the start before anything
 * is rewritten; a repair start moves the damaged file aside first, so compaction never destroys the only copy. Snapshot and journal carry a generation number so a crash
 * between writing the new snapshot and truncating the journal never replays stale records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BSON, type Document } from 'bson';
import type { ChangeRecord } from '../storage/collection.js';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/store.js';
import { CURRENT_FORMAT, decodeRecords, encodeRecord, type ReadResult } from './framing.js';

const SNAPSHOT_FILE = 'snapshot.bson';
const JOURNAL_FILE = 'journal.bson';
const LOCK_FILE = 'LOCK';
const DEFAULT_COMPACTION_BYTES = 64 * 1024 * 1024;
/** Journal records and snapshot chunks stay well under the 16 MiB BSON document limit. */
const RECORD_SPLIT_BYTES = 4 * 1024 * 1024;

const write = promisify(fs.write);
const fdatasync = promisify(fs.fdatasync);
const ftruncate = promisify(fs.ftruncate);

export interface JournalOptions {
  dataDir: string;
  store: Store;
  logger: Logger;
  /** Compact when the journal passes this many bytes. */
  compactionBytes?: number;
  /** Move damaged files aside and start from their valid prefix instead of refusing to start. */
  repair?: boolean;
}

/** What a repair start did to one damaged file. */
export interface RepairReport {
  file: string;
  /** Where the damaged file now is, unchanged. */
  movedTo: string;
  /** Byte offset of the first record that could not be read. */
  offset: number;
  recordsRecovered: number;
  /** The damaged record and the intact ones after it, which cannot be replayed without it. */
  recordsLost: number;
}

/** The data directory holds damage that only a repair start may get past. */
export class JournalDamageError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JournalDamageError';
  }
}

interface Waiter {
  bytes: Buffer;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function writeAllSync(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += fs.writeSync(fd, data, offset, data.length - offset);
}

function writeFileSynced(file: string, data: Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    writeAllSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Changes that turn `current` into `next` (fields missing from next become undefined, i.e. removed). */
function replaceAll(current: Document, next: Document): Document {
  const changes: Document = {};
  for (const key of Object.keys(current)) changes[key] = undefined;
  return Object.assign(changes, next);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Journal {
  private readonly dir: string;
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly compactionBytes: number;
  private readonly repair: boolean;
  /** Filled by a repair start. */
  readonly repairs: RepairReport[] = [];
  private fd = -1;
  private size = 0;
  private generation = 0;
  private pending: Waiter[] = [];
  /** Set when the directory can no longer be written safely; every later write fails with it. */
  private broken: unknown = null;
  private flushing: Promise<void> | null = null;

  private constructor(options: JournalOptions) {
    this.dir = path.resolve(options.dataDir);
    this.store = options.store;
    this.logger = options.logger;
    this.compactionBytes = options.compactionBytes ?? DEFAULT_COMPACTION_BYTES;
    this.repair = options.repair ?? false;
  }

  /** Locks the directory, restores the store from it, and compacts. */
  static open(options: JournalOptions): Journal {
    const journal = new Journal(options);
    fs.mkdirSync(journal.dir, { recursive: true });
    journal.lock();
    try {
      journal.restore();
      journal.compact();
    } catch (error) {
      journal.unlock();
      throw error;
    }
    return journal;
  }

  private get snapshotPath(): string {
    return path.join(this.dir, SNAPSHOT_FILE);
  }

  private get journalPath(): string {
    return path.join(this.dir, JOURNAL_FILE);
  }

  private lock(): void {
    const lockPath = path.join(this.dir, LOCK_FILE);
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) {
        throw new Error(
          `data directory ${this.dir} is in use by process ${owner} (remove ${LOCK_FILE} if it is not)`,
        );
      }
      // A leftover lock from a crashed process.
      fs.writeFileSync(lockPath, String(process.pid));
    }
  }

  private unlock(): void {
    fs.rmSync(path.join(this.dir, LOCK_FILE), { force: true });
  }

  private restore(): void {
    this.store.withoutRecording(() => {
      let snapshotGeneration = 0;
      if (fs.existsSync(this.snapshotPath)) {
        const read = decodeRecords(fs.readFileSync(this.snapshotPath));
        this.noteFormat(this.snapshotPath, read);
        const { records } = read;
        const header = records[0];
        if (typeof header?.snapshot !== 'number') {
          this.damaged(this.snapshotPath, 0, read, 'it has no valid header');
          // Repairing: nothing of the snapshot is usable, so its generation is unknown; replay what the journal has.
          return this.restoreJournal(null);
        }
        const complete = read.droppedBytes === 0 && records[records.length - 1]?.end === true;
        if (!complete) {
          // Snapshots are renamed into place only after fsync, so even a short one is damage, never a torn write.
          this.damaged(this.snapshotPath, read.validLength, read, 'it is cut short or damaged');
        }
        snapshotGeneration = header.generation as number;
        for (const chunk of records.slice(1)) if (chunk.end !== true) this.loadChunk(chunk);
      }
      this.restoreJournal(snapshotGeneration);
    });
  }

  /** Replays the journal written after snapshot generation `snapshotGeneration` (null: the snapshot was lost). */
  private restoreJournal(snapshotGeneration: number | null): void {
    this.generation = snapshotGeneration ?? 0;
    if (!fs.existsSync(this.journalPath)) return;
    const data = fs.readFileSync(this.journalPath);
    const read = decodeRecords(data);
    this.noteFormat(this.journalPath, read);
    const { records } = read;
    const header = records[0];
    if (!header || typeof header.journal !== 'number') {
      if (data.length === 0) return;
      // The header is written with the file (temp file, fsync, rename), so it cannot be torn: this is damage.
      this.damaged(this.journalPath, 0, read, 'it has no valid header');
      return;
    }
    const journalGeneration = header.generation as number;
    if (snapshotGeneration === null) this.generation = journalGeneration;
    else if (journalGeneration < snapshotGeneration)
      return; // already folded into the snapshot
    else if (journalGeneration > snapshotGeneration) {
      throw new Error(
        `journal generation ${journalGeneration} is newer than snapshot ${snapshotGeneration}; refusing to start`,
      );
    }
    if (read.damage)
      this.damaged(this.journalPath, read.damage.offset, read, 'valid records follow a bad one');
    for (const record of records.slice(1)) {
      for (const change of record.changes as ChangeRecord[]) this.apply(change);
    }
    if (!read.damage && read.droppedBytes > 0) {
      // A torn tail was never acknowledged, unless a bit flipped in the very last record: keep the bytes anyway,
      // since the start-up compaction is about to rewrite the journal without them.
      const keptAs = this.keepCopy(this.journalPath, 'torn', data.subarray(read.validLength));
      this.logger.warn?.(
        { droppedBytes: read.droppedBytes, records: records.length - 1, keptAs },
        'dropped a torn record at the end of the journal',
      );
    }
  }

  private noteFormat(file: string, read: ReadResult): void {
    if (read.format !== CURRENT_FORMAT && read.records.length > 0) {
      this.logger.info?.(
        { file, format: read.format },
        `migrating ${path.basename(file)} from record format ${read.format} (CRC-32) to ${CURRENT_FORMAT} (CRC-32C)`,
      );
    }
  }

  /**
   * Damage that is not a torn write. Without repair: refuse to start, naming the file, the offset and the flag,
   * before anything is rewritten. With repair: move the file aside (never overwritten, never deleted) and let the
   * caller go on with the valid prefix, recording what could not be read.
   */
  private damaged(file: string, offset: number, read: ReadResult, why: string): void {
    const readable = Math.max(0, read.records.length - 1); // not counting the file's header
    const lost = read.damage ? read.damage.intactAfter + 1 : 1;
    if (!this.repair) {
      throw new JournalDamageError(
        `${path.basename(file) === SNAPSHOT_FILE ? 'snapshot' : 'journal'} ${file} is damaged at byte offset ${offset} (${why}); refusing to start. ` +
          `Start with --repair (engine option repair: true) to move the damaged file aside and recover the ${readable} records before the damage.`,
        file,
        offset,
      );
    }
    const movedTo = this.moveAside(file, 'damaged');
    const report: RepairReport = { file, movedTo, offset, recordsRecovered: readable, recordsLost: lost };
    this.repairs.push(report);
    this.logger.warn?.(
      report,
      `repair: moved the damaged ${path.basename(file)} aside; ${lost} record(s) from byte ${offset} on could not be read (the damaged one and ${lost - 1} after it)`,
    );
  }

  /** A free name beside `file` (never an existing file's). */
  private asideName(file: string, kind: string): string {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (let n = 0; ; n += 1) {
      const candidate = `${file}.${kind}-${stamp}${n === 0 ? '' : `-${n}`}`;
      if (!fs.existsSync(candidate)) return candidate;
    }
  }

  private moveAside(file: string, kind: string): string {
    const target = this.asideName(file, kind);
    // link + unlink instead of rename: link fails rather than replace a file that appeared meanwhile. Where the
    // file system has no hard links, an exclusive copy keeps the same guarantee.
    try {
      fs.linkSync(file, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
      const fd = fs.openSync(target, 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    fs.unlinkSync(file);
    fsyncDirectory(this.dir);
    return target;
  }

  private keepCopy(file: string, kind: string, bytes: Buffer): string {
    const target = this.asideName(file, kind);
    const fd = fs.openSync(target, 'wx');
    try {
      writeAllSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fsyncDirectory(this.dir);
    return target;
  }

  private loadChunk(chunk: Document): void {
    const db = chunk.db as string;
    const name = chunk.coll as string;
    let collection = this.store.get(db, name);
    if (!collection) {
      collection = this.store.create(db, name, (chunk.options as Document | undefined) ?? {});
      for (const spec of (chunk.indexes as Document[] | undefined) ?? []) collection.createIndex(spec);
    }
    for (const doc of chunk.docs as Document[]) collection.restorePut(doc);
  }

  private apply(change: ChangeRecord): void {
    const { store } = this;
    switch (change.op) {
      case 'put':
        store.getOrCreate(change.db, change.coll).restorePut(change.doc);
        return;
      case 'delete': {
        const collection = store.get(change.db, change.coll);
        const doc = collection?.getById(change.id);
        if (collection && doc) collection.delete(doc);
        return;
      }
      case 'createCollection':
        if (!store.get(change.db, change.coll)) store.create(change.db, change.coll, change.options);
        return;
      case 'dropCollection':
        store.drop(change.db, change.coll);
        return;
      case 'dropDatabase':
        store.dropDatabase(change.db);
        return;
      case 'createIndex':
        store.getOrCreate(change.db, change.coll).createIndex(change.spec);
        return;
      case 'setOptions': {
        const collection = store.get(change.db, change.coll);
        if (collection) store.modifyOptions(collection, replaceAll(collection.options, change.options));
        return;
      }
      case 'setIndexHidden': {
        const collection = store.get(change.db, change.coll);
        if (collection?.indexes().some((index) => index.name === change.name))
          store.setIndexHidden(collection, change.name, change.hidden);
        return;
      }
      case 'dropIndex': {
        const collection = store.get(change.db, change.coll);
        if (collection?.indexes().some((index) => index.name === change.name))
          collection.dropIndex(change.name);
        return;
      }
    }
  }

  /**
   * Writes a snapshot of the whole store and starts an empty journal. Synchronous on purpose: no command can run
   * in between, and it is only called when every encoded record has been written (memory == disk).
   */
  compact(): void {
    const generation = this.generation + 1;
    const snapshotTmp = `${this.snapshotPath}.tmp`;
    const journalTmp = `${this.journalPath}.tmp`;
    const header = encodeRecord({ journal: CURRENT_FORMAT, generation });
    // Both new files are complete and fsynced before anything is renamed: a failure up to here leaves the
    // current snapshot and journal untouched and in use.
    try {
      this.writeSnapshot(snapshotTmp, generation);
      writeFileSynced(journalTmp, header);
    } catch (error) {
      fs.rmSync(snapshotTmp, { force: true });
      fs.rmSync(journalTmp, { force: true });
      throw error;
    }
    try {
      fs.renameSync(snapshotTmp, this.snapshotPath);
      fs.renameSync(journalTmp, this.journalPath);
      fsyncDirectory(this.dir);
      if (this.fd >= 0) fs.closeSync(this.fd);
      this.fd = fs.openSync(this.journalPath, 'a');
    } catch (error) {
      // The new snapshot may already be in place, which makes the old journal stale: appending to it would lose
      // writes on the next start, so every later write fails instead.
      this.broken = error;
      throw error;
    }
    this.size = header.length;
    this.generation = generation;
    this.logger.debug?.({ generation }, 'compacted data directory');
  }

  private writeSnapshot(file: string, generation: number): void {
    const fd = fs.openSync(file, 'w');
    try {
      writeAllSync(fd, encodeRecord({ snapshot: CURRENT_FORMAT, generation }));
      for (const db of this.store.databaseNames()) {
        for (const collection of this.store.collections(db)) {
          const head = {
            db,
            coll: collection.name,
            options: collection.options,
            indexes: collection.indexes().map((index) => index.spec),
          };
          let docs: Document[] = [];
          let bytes = 0;
          let first = true;
          const flush = (): void => {
            writeAllSync(fd, encodeRecord(first ? { ...head, docs } : { db, coll: collection.name, docs }));
            first = false;
            docs = [];
            bytes = 0;
          };
          for (const doc of collection.all()) {
            const size = BSON.calculateObjectSize(doc);
            if (docs.length > 0 && bytes + size > RECORD_SPLIT_BYTES) flush();
            docs.push(doc);
            bytes += size;
          }
          if (first || docs.length > 0) flush();
        }
      }
      writeAllSync(fd, encodeRecord({ end: true, generation }));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Resolves once the changes are on disk. Encoding happens now so records keep command order; a command that
   * wrote a lot is split into several records to stay under the BSON size limit.
   */
  append(changes: ChangeRecord[]): Promise<void> {
    if (this.broken) return Promise.reject(asError(this.broken));
    let bytes: Buffer;
    try {
      bytes = this.encode(changes);
    } catch (error) {
      return Promise.reject(asError(error));
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ bytes, resolve, reject });
      this.flushing ??= this.flushLoop().finally(() => {
        this.flushing = null;
      });
    });
  }

  private encode(changes: ChangeRecord[]): Buffer {
    const records: Buffer[] = [];
    let group: ChangeRecord[] = [];
    let groupBytes = 0;
    for (const change of changes) {
      const size = BSON.calculateObjectSize(change);
      if (group.length > 0 && groupBytes + size > RECORD_SPLIT_BYTES) {
        records.push(encodeRecord({ changes: group }));
        group = [];
        groupBytes = 0;
      }
      group.push(change);
      groupBytes += size;
    }
    if (group.length > 0) records.push(encodeRecord({ changes: group }));
    return Buffer.concat(records);
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      if (this.broken) {
        for (const waiter of batch) waiter.reject(this.broken);
        continue;
      }
      const data = Buffer.concat(batch.map((waiter) => waiter.bytes));
      try {
        let offset = 0;
        while (offset < data.length)
          offset += (await write(this.fd, data, offset, data.length - offset)).bytesWritten;
        await fdatasync(this.fd);
        this.size += data.length;
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        // Cut off whatever part of the batch reached the file so later records are not hidden behind it.
        await ftruncate(this.fd, this.size).catch(() => undefined);
        for (const waiter of batch) waiter.reject(error);
      }
      if (this.pending.length === 0 && this.size > this.compactionBytes) {
        try {
          this.compact();
        } catch (error) {
          const consequence = this.broken ? 'further writes will fail' : 'will retry later';
          this.logger.error?.({ err: error }, `journal compaction failed; ${consequence}`);
        }
      }
    }
  }

  /** Waits for outstanding writes, then releases the directory. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
    this.unlock();
  }
}

/** What was thrown, as an Error (a rejection reason callers can read a message and stack from). */
function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}
