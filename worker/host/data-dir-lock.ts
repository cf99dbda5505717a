import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// PGlite takes no lock on its folder (its own postmaster.pid holds a fake pid), and two
// processes writing one folder corrupt it. This lock is the postmaster.pid PGlite lacks:
// a file created with O_EXCL holding who owns the folder, taken over only when that
// process is provably gone.

export const LOCK_FILE_NAME = 'techmarket.lock';

/** Who holds a data folder; written as JSON into the lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** When the holding process took the lock (ISO 8601). */
  startedAt: string;
  /** The command line of the holding process, for the "in use by" message. */
  command: string;
  /** Linux only: the process start time from /proc, so a recycled pid is not mistaken for the holder. */
  procStart?: string;
  /** Unique per acquisition, so a release never deletes someone else's lock. */
  token: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

/** Another live process holds the data folder. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const where = holder.hostname === hostname() ? '' : ` on host ${holder.hostname}`;
    super(
      `Data folder ${dataDir} is in use by process ${holder.pid} (${holder.command})${where}, ` +
        `which opened it at ${holder.startedAt}. Only one process may open it at a time: ` +
        'stop that process first (a running server must be stopped before a backup, restore, seed or migrate). ' +
        `If you are sure no such process is running, delete ${join(dataDir, LOCK_FILE_NAME)}.`,
    );
  }
}

export interface AcquireOptions {
  /** Overrides the command recorded in the lock; defaults to this process's command line. */
  command?: string;
}

const UNREADABLE_GRACE_MS = 2_000;
const MAX_ATTEMPTS = 50;

/**
 * Takes the exclusive lock on `dataDir` (which must exist) or throws DataDirLockedError naming
 * the live holder. A lock left by a process that is gone is taken over.
 */
export function acquireDataDirLock(dataDir: string, options: AcquireOptions = {}): DataDirLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command: options.command ?? describeCommand(),
    procStart: readProcStat(process.pid)?.start,
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (tryCreate(path, holder)) return createHandle(dataDir, path, holder);
    const existing = readLockFile(path);
    if (existing === 'missing') continue;
    if (existing === 'unreadable') {
      // Another opener may be between creating the file and writing it; give it a moment.
      if (ageMs(path) < UNREADABLE_GRACE_MS) {
        sleepSync(20);
        continue;
      }
      removeIfUnchanged(path, undefined);
      continue;
    }
    if (isHolderAlive(existing)) throw new DataDirLockedError(dataDir, existing);
    removeIfUnchanged(path, existing.token);
  }
  throw new Error(`Could not take the lock on ${dataDir}: too much contention on ${path}.`);
}

/** The current holder of `dataDir`'s lock, if any (whether alive or stale). */
export function readLockHolder(dataDir: string): LockHolder | undefined {
  const holder = readLockFile(join(dataDir, LOCK_FILE_NAME));
  return typeof holder === 'string' ? undefined : holder;
}

/** Whether the process recorded in a lock still runs (a holder on another host counts as alive). */
export function isHolderAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = readProcStat(holder.pid);
  // A killed process stays a zombie until its parent reaps it; it no longer touches the folder.
  if (stat?.state === 'Z') return false;
  return !(holder.procStart && stat && stat.start !== holder.procStart);
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function createHandle(dataDir: string, path: string, holder: LockHolder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const current = readLockFile(path);
    if (typeof current !== 'string' && current.token === holder.token) fs.rmSync(path, { force: true });
  };
  // A process that exits without closing still frees the folder for the next opener.
  process.on('exit', release);
  return { dataDir, path, holder, release };
}

function readLockFile(path: string): LockHolder | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.token === 'string') {
      return {
        pid: parsed.pid,
        hostname: String(parsed.hostname ?? ''),
        startedAt: String(parsed.startedAt ?? 'an unknown time'),
        command: String(parsed.command ?? 'unknown command'),
        procStart: parsed.procStart,
        token: parsed.token,
      };
    }
  } catch {
    // fall through: half-written or foreign content
  }
  return 'unreadable';
}

/**
 * Removes a stale lock file without racing another taker: move it to a private name, then
 * check it is the one judged stale. If a fresh lock slipped in meanwhile, put it back.
 */
function removeIfUnchanged(path: string, staleToken: string | undefined): void {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    fs.renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLockFile(aside);
  const movedToken = typeof moved === 'string' ? undefined : moved.token;
  if (movedToken !== staleToken) {
    try {
      fs.linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  fs.rmSync(aside, { force: true });
}

function describeCommand(): string {
  const args = process.argv.slice(1).join(' ');
  const script = process.env.npm_lifecycle_event;
  return script && script !== 'npx' ? `npm run ${script}: node ${args}` : `node ${args}`;
}

/** Linux only: state (field 3) and start time (field 22) of a process from /proc. */
function readProcStat(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - fs.statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
