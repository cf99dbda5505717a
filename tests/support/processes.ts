import { type ChildProcess, spawn } from 'node:child_process';

const TSX = 'node_modules/.bin/tsx';

export interface Started {
  child: ChildProcess;
  msToFirst200: number;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point and waits for its first 200 on `probePath`. */
export async function startServer(
  entry: string,
  port: number,
  env: Record<string, string>,
  probePath = '/health',
  /** Pin the server (and the node process tsx starts) to this CPU with taskset. */
  cpu?: number,
): Promise<Started> {
  const started = performance.now();
  const [command, args] = cpu === undefined ? [TSX, [entry]] : ['taskset', ['-c', String(cpu), TSX, entry]];
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${probePath}`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const msToFirst200 = performance.now() - started;
  return {
    child,
    msToFirst200,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}
