import * as fs from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { Logger } from '../ports';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

// The Node host's database: PGlite persisted in DATA_DIR/pg, guarded by the folder lock, with
// commits made durable (SyncedNodeFS below) and a readable failure for folders that will not open.

/** `fsync`: each commit is flushed to disk. `os-buffered`: PGlite's default, safe against a killed process only. */
export type Durability = 'fsync' | 'os-buffered';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  logger: Logger;
  durability?: Durability;
  /** A tarball from `dumpDataDir()` to initialise an empty folder from (used by restore). */
  loadDataDir?: Blob;
  /** Recorded in the lock file; defaults to this process's command line. */
  command?: string;
}

export interface EmbeddedDatabase {
  readonly client: PGlite;
  readonly dataDir: string;
  /** Closes PGlite, then releases the folder lock. Idempotent. */
  close(): Promise<void>;
}

/** The data folder exists but PGlite cannot start on it (corrupt, truncated, or from another version). */
export class DataDirUnreadableError extends Error {
  override readonly name = 'DataDirUnreadableError';
  constructor(
    readonly dataDir: string,
    readonly detail: string[],
    options?: { cause?: unknown },
  ) {
    super(unreadableMessage(dataDir, detail), options);
  }
}

export function pgDataPath(dataDir: string): string {
  return join(dataDir, 'pg');
}

/** Whether `dataDir` already holds a database (as opposed to being empty or absent). */
export function hasDatabase(dataDir: string): boolean {
  return fs.existsSync(join(pgDataPath(dataDir), 'PG_VERSION'));
}

export async function openEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir, { command: options.command });
  let client: PGlite;
  try {
    client = await startPGlite(dataDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  return { client, dataDir, close: closer(client, lock, options.logger) };
}

async function startPGlite(dataDir: string, options: EmbeddedDatabaseOptions): Promise<PGlite> {
  const pgDir = pgDataPath(dataDir);
  const existed = hasDatabase(dataDir);
  fs.mkdirSync(pgDir, { recursive: true });
  const stderr = new RecentLines(30);
  let opened = false;
  const onStderr = (text: string) => {
    if (!opened) stderr.push(text);
    else if (/\b(PANIC|FATAL):/.test(text)) options.logger.error('pglite', { message: text.trim() });
    return true;
  };
  const durable = (options.durability ?? 'fsync') === 'fsync';
  const storage: PGliteOptions = durable
    ? { fs: new SyncedNodeFS(pgDir, options.logger), startParams: SyncedNodeFS.startParams() }
    : { dataDir: pgDir };
  let client: PGlite | undefined;
  try {
    client = await PGlite.create({
      ...storage,
      extensions: { pg_trgm },
      loadDataDir: options.loadDataDir,
      onStderr,
      onStdout: () => true,
    });
    await client.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    opened = true;
    return client;
  } catch (error) {
    // The lock is released next, so nothing of this instance may keep writing.
    if (client && !client.closed) await client.close().catch(() => {});
    if (!existed) throw error;
    throw new DataDirUnreadableError(dataDir, [...stderr.lines(), describe(error)], { cause: error });
  }
}

function closer(client: PGlite, lock: DataDirLock, logger: Logger): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      try {
        if (!client.closed) await client.close();
      } catch (error) {
        logger.error('closing the embedded database failed', { error: describe(error) });
        throw error;
      } finally {
        lock.release();
      }
    })();
    return closing;
  };
}

function unreadableMessage(dataDir: string, detail: string[]): string {
  const aside = `${dataDir}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const backup = latestBackup() ?? 'backups/<file>.tar.gz';
  return [
    `The database in ${dataDir} will not open: its files are damaged (a second process writing to it, a crash, or a disk fault). Postgres said:`,
    ...detail.filter(Boolean).map((line) => `  ${line}`),
    'To recover, either restore a backup (the damaged folder is moved aside first):',
    `  DATA_DIR=${dataDir} npm run restore -- --force ${backup}`,
    'or move the folder aside and start fresh (npm start then seeds a new market):',
    `  mv ${dataDir} ${aside}`,
  ].join('\n');
}

/** The newest `npm run backup` file under ./backups, to put in the recovery command. */
function latestBackup(): string | undefined {
  try {
    const files = fs.readdirSync('backups').filter((name) => name.endsWith('.tar.gz'));
    const newest = files.sort().at(-1);
    return newest ? join('backups', newest) : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Keeps the meaningful tail of Postgres' startup log for the error message. */
class RecentLines {
  private readonly buffer: string[] = [];
  constructor(private readonly max: number) {}
  push(text: string): void {
    for (const line of text.split('\n')) {
      const trimmed = line.replace(/^\S+ \S+ UTC \[\d+\] /, '').trim();
      if (!/^(PANIC|FATAL|ERROR|DETAIL|HINT|LOG):/.test(trimmed)) continue;
      this.buffer.push(trimmed);
      if (this.buffer.length > this.max) this.buffer.shift();
    }
  }
  lines(): string[] {
    return this.buffer.filter((line) => !line.startsWith('LOG:') || /invalid|could not|corrupt/i.test(line));
  }
}

/** The parts of Emscripten's NODEFS this file touches; PGlite does not type them. */
interface NodeFsStream {
  nfd?: number;
  node: { mode: number };
}
interface EmscriptenNodeFs {
  stream_ops: { fsync?: (stream: NodeFsStream) => number };
  realPath(node: NodeFsStream['node']): string;
}

/**
 * PGlite starts Postgres with fsync off (`-F`), and even with it on, Emscripten's NODEFS has no
 * fsync operation, so a commit only reaches the OS page cache: safe against a killed process,
 * not against a power loss or kernel crash (electric-sql/pglite#1107). This file system gives
 * NODEFS a real fsync and starts Postgres with fsync on and `wal_sync_method=fsync` (the
 * emulated fdatasync is a no-op), so a commit returns only after its WAL is on disk.
 */
export class SyncedNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    super(dataDir);
  }

  static startParams(): string[] {
    return [
      ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
      '-c',
      'fsync=on',
      '-c',
      'wal_sync_method=fsync',
    ];
  }

  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const result = await super.init(...args);
    const preRun = result.emscriptenOpts.preRun ?? [];
    preRun.push((mod) => {
      const nodefs = mod.NODEFS as unknown as EmscriptenNodeFs;
      if (!nodefs?.stream_ops) {
        this.logger.warn('PGlite NODEFS internals changed: commits are not fsynced');
        return;
      }
      nodefs.stream_ops.fsync = (stream) => {
        syncStream(nodefs, stream);
        return 0;
      };
    });
    result.emscriptenOpts.preRun = preRun;
    return result;
  }
}

function syncStream(nodefs: EmscriptenNodeFs, stream: NodeFsStream): void {
  if (stream.nfd !== undefined) {
    fs.fdatasyncSync(stream.nfd);
    return;
  }
  // Directories get no native descriptor; Postgres fsyncs them after creating or renaming files.
  let fd: number | undefined;
  try {
    fd = fs.openSync(nodefs.realPath(stream.node), 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
