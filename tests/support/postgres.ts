// A throwaway PostgreSQL cluster for the Postgres-backed suites: initdb into a temp folder,
// start it on a free loopback port, create one database, and hand back its URL and a stop
// function. With TEST_DATABASE_URL set, that server is used instead and nothing is started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres://user:password@127.0.0.1:port/database */
  url: string;
  /** 'external' when TEST_DATABASE_URL was used, else 'throwaway'. */
  source: 'external' | 'throwaway';
  stop(): Promise<void>;
}

export class PostgresUnavailable extends Error {
  override name = 'PostgresUnavailable';
}

const USER = 'postgres';
// The password makes the drivers go through SCRAM, as they do against Neon.
const PASSWORD = 'postgres';
export const TEST_DATABASE = 'techmarket_test';

export async function startPostgres(database = TEST_DATABASE): Promise<PostgresServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, source: 'external', stop: async () => {} };

  const bin = findBinDir();
  const account = runAccount();
  const dir = mkdtempSync(join(tmpdir(), 'techmarket-pg-'));
  const data = join(dir, 'data');
  const stopNow = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      spawnSync(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-s', '-w', '-t', '10'], {
        uid: account.uid,
        gid: account.gid,
        cwd: tmpdir(),
        stdio: 'ignore',
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed or interrupted run must not leave a postmaster behind.
  process.once('exit', stopNow);
  try {
    if (account.uid !== undefined) chownSync(dir, account.uid, account.gid ?? account.uid);
    const pwfile = join(dir, '.pw');
    writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
    if (account.uid !== undefined) chownSync(pwfile, account.uid, account.gid ?? account.uid);
    await run(
      bin,
      'initdb',
      [
        '-D',
        data,
        '-U',
        USER,
        '--pwfile',
        pwfile,
        '-A',
        'scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ],
      account,
    );
    const port = await freePort();
    const options = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${dir}'`,
      // Throwaway data: durability costs time and buys nothing here.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await run(
      bin,
      'pg_ctl',
      ['start', '-D', data, '-w', '-t', '30', '-s', '-l', join(dir, 'server.log'), '-o', options],
      account,
      () => readLog(join(dir, 'server.log')),
    );
    const env = { ...process.env, PGPASSWORD: PASSWORD };
    await run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, database], {
      ...account,
      env,
    });
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', stopNow);
      stopNow();
    };
    return { url, source: 'throwaway', stop: async () => stop() };
  } catch (error) {
    process.removeListener('exit', stopNow);
    stopNow();
    throw error;
  }
}

/** PG_BIN, else the newest /usr/lib/postgresql/<major>/bin (15 on the reference machine). */
function findBinDir(): string {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const bin = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!bin) {
    throw new PostgresUnavailable(
      'no PostgreSQL binaries (looked for initdb and pg_ctl in PG_BIN or /usr/lib/postgresql/*/bin). ' +
        'Install them (apt-get install -y postgresql) or set TEST_DATABASE_URL to an existing server.',
    );
  }
  return bin;
}

interface Account {
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
}

/** initdb refuses to run as root: as root, run the server as the `postgres` system user. */
function runAccount(): Account {
  if (process.getuid?.() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new PostgresUnavailable(
      `running as root and there is no '${USER}' system user to run PostgreSQL as.`,
    );
  }
}

function run(
  bin: string,
  tool: string,
  args: string[],
  account: Account,
  extra?: () => string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(bin, tool), args, {
      uid: account.uid,
      gid: account.gid,
      // HOME of root is not readable by postgres; tools complain without a usable cwd.
      cwd: tmpdir(),
      env: account.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => reject(new PostgresUnavailable(`${tool} could not run: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new PostgresUnavailable(
            `${tool} exited with ${code}: ${output.trim()}${extra ? `\n${extra()}` : ''}`,
          ),
        );
    });
  });
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
