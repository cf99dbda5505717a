import * as fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { configSchema } from '../config';
import type { Logger } from '../ports';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from './data-dir-lock';
import { hasDatabase, openEmbeddedDatabase, pgDataPath } from './pglite';

// `npm run backup [-- --out file.tar.gz]` and `npm run restore -- [--force] <file>`.
// Both take the data folder lock, so they refuse to run beside a server using the folder.

export interface BackupResult {
  file: string;
  bytes: number;
}

export async function backupDataDir(input: {
  dataDir: string;
  out?: string;
  logger: Logger;
}): Promise<BackupResult> {
  const dataDir = resolve(input.dataDir);
  if (!hasDatabase(dataDir)) throw new Error(`There is no database in ${dataDir} to back up.`);
  const file = resolve(input.out ?? `backups/techmarket-${timestamp()}.tar.gz`);
  const db = await openEmbeddedDatabase({ dataDir, logger: input.logger });
  try {
    const dump = await db.client.dumpDataDir('gzip');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    writeFileDurably(file, bytes);
    return { file, bytes: bytes.byteLength };
  } finally {
    await db.close();
  }
}

export interface RestoreResult {
  dataDir: string;
  /** Where the folder that was there before went, when `force` moved it aside. */
  movedAside?: string;
}

export async function restoreDataDir(input: {
  dataDir: string;
  file: string;
  force?: boolean;
  logger: Logger;
}): Promise<RestoreResult> {
  const dataDir = resolve(input.dataDir);
  const file = resolve(input.file);
  if (!fs.existsSync(file)) throw new Error(`Backup file ${file} does not exist.`);
  const tarball = new Blob([fs.readFileSync(file)]);
  let movedAside: string | undefined;
  if (hasDatabase(dataDir)) {
    if (!input.force) {
      throw new Error(
        `${dataDir} already holds a database. Run again with --force to move it aside ` +
          `(to ${dataDir}.before-restore-<timestamp>) and restore into a fresh folder.`,
      );
    }
    movedAside = moveAside(dataDir);
  }
  try {
    const db = await openEmbeddedDatabase({ dataDir, logger: input.logger, loadDataDir: tarball });
    try {
      await db.client.query('SELECT 1');
    } finally {
      await db.close();
    }
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) undoRestore(dataDir, movedAside);
    throw new Error(`Restoring ${file} into ${dataDir} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { dataDir, movedAside };
}

/** Moves the whole folder aside while holding its lock, so a running server makes this refuse. */
function moveAside(dataDir: string): string {
  const lock = acquireDataDirLock(dataDir);
  const aside = `${dataDir}.before-restore-${timestamp()}`;
  try {
    fs.renameSync(dataDir, aside);
  } finally {
    lock.release();
  }
  fs.rmSync(resolve(aside, LOCK_FILE_NAME), { force: true });
  return aside;
}

function undoRestore(dataDir: string, movedAside: string | undefined): void {
  if (movedAside) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(movedAside, dataDir);
  } else {
    fs.rmSync(pgDataPath(dataDir), { recursive: true, force: true });
  }
}

function writeFileDurably(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

const USAGE = `Usage:
  npm run backup [-- --out <file.tar.gz>]       dump DATA_DIR to backups/techmarket-<timestamp>.tar.gz
  npm run restore -- [--force] <file.tar.gz>    load a backup into DATA_DIR (--force moves existing data aside)
DATA_DIR defaults to ./.data; --data-dir overrides it.`;

const cliLogger: Logger = {
  info: () => {},
  warn: (message, data) => console.warn(message, data ?? ''),
  error: (message, data) => console.error(message, data ?? ''),
};

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  const dataDir = values['data-dir'] ?? configSchema.shape.DATA_DIR.parse(env.DATA_DIR || undefined);
  try {
    if (command === 'backup') {
      const result = await backupDataDir({ dataDir, out: values.out, logger: cliLogger });
      console.log(`Backed up ${resolve(dataDir)} to ${result.file} (${result.bytes} bytes).`);
      return 0;
    }
    if (command === 'restore' && file) {
      const result = await restoreDataDir({ dataDir, file, force: values.force, logger: cliLogger });
      if (result.movedAside) console.log(`Moved the previous data folder to ${result.movedAside}.`);
      console.log(`Restored ${resolve(file)} into ${result.dataDir}.`);
      return 0;
    }
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof DataDirLockedError || (error as Error).cause instanceof DataDirLockedError) {
      console.error(
        `Stop the server first (it is process ${lockHolderPid(error)}), then run this command again.`,
      );
    }
    return 1;
  }
  console.error(USAGE);
  return 2;
}

function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
}

function lockHolderPid(error: unknown): number | undefined {
  const locked = error instanceof DataDirLockedError ? error : (error as Error).cause;
  return locked instanceof DataDirLockedError ? locked.holder.pid : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
