import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openEmbeddedDatabase } from '../../worker/host/pglite';
import { silentLogger } from '../../worker/ports';

export const repoRoot = resolve(import.meta.dirname, '../..');

const tempDirs: string[] = [];

/** A fresh temporary folder; `removeTempDirs` (in afterAll) deletes them all. */
export function makeTempDir(prefix = 'techmarket-host-'): string {
  const dir = fs.mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  template = undefined;
}

let template: Promise<string> | undefined;

/**
 * A data folder with an initialised database and a `probe` table holding rows 1..3, created once
 * per test file (initdb takes seconds) and copied for each test.
 */
export async function copyOfTemplateDataDir(target: string): Promise<string> {
  template ??= (async () => {
    const dir = join(makeTempDir('techmarket-template-'), 'data');
    const db = await openEmbeddedDatabase({ dataDir: dir, logger: silentLogger });
    await db.client.exec(
      "CREATE TABLE probe (id integer PRIMARY KEY, name text NOT NULL); INSERT INTO probe VALUES (1, 'one'), (2, 'two'), (3, 'three');",
    );
    await db.close();
    return dir;
  })();
  fs.cpSync(await template, target, { recursive: true });
  return target;
}

export interface SpawnedScript {
  child: ChildProcess;
  /** Complete stdout lines so far. */
  lines: string[];
  stderr(): string;
  waitForLine(predicate: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript file with node_modules/.bin/tsx on the same Node as the tests. */
export function spawnTsx(script: string, args: string[]): SpawnedScript {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the script in a child node process, and killHard on the
    // wrapper's pid must take that child down too (else held folders outlive the test run).
    detached: true,
  });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('close', (code, signal) => {
      for (const wake of waiters) wake();
      resolveExit({ code, signal });
    });
  });
  const waitForLine = (predicate: (line: string) => boolean, timeoutMs = 30_000) =>
    new Promise<string>((resolveLine, reject) => {
      const check = () => {
        const found = lines.find(predicate);
        if (found !== undefined) return done(() => resolveLine(found));
        if (child.exitCode !== null || child.signalCode !== null) {
          done(() => reject(new Error(`script exited before the expected line; stderr:\n${err}`)));
        }
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out; stderr:\n${err}`))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  return { child, lines, stderr: () => err, waitForLine, exited };
}

/** SIGKILLs a process, and its process group when it leads one (spawnTsx's scripts do). */
export function killHard(pid: number | undefined): void {
  if (pid === undefined) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // no such group, or already gone
    }
  }
}
