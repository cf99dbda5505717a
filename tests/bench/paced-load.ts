// Load at a fixed rate (open loop): requests leave on a schedule whether or not earlier ones
// have been answered, and each latency counts from its scheduled time, so a slow answer is
// not hidden by the client waiting for it (autocannon's rate limit sends each second's quota
// in a burst, which measures the burst rather than the server).

import http from 'node:http';

export interface PacedResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function pacedLoad(options: {
  url: string;
  paths: string[];
  rate: number;
  seconds: number;
  connections: number;
}): Promise<PacedResult> {
  const { hostname, port } = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const answered: Promise<void>[] = [];
  const start = performance.now();

  const send = (scheduled: number, path: string) =>
    new Promise<void>((done) => {
      const request = http.get({ hostname, port, path, agent }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode !== 200) errors++;
          latencies.push(performance.now() - scheduled);
          done();
        });
      });
      request.on('error', () => {
        errors++;
        done();
      });
    });

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        answered.push(send(start + sent * interval, options.paths[sent % options.paths.length] ?? '/'));
        sent++;
      }
      if (sent >= total) return resolve();
      // setImmediate, not setTimeout: timers fire up to a millisecond late, which would be
      // counted as latency. The load generator has a CPU of its own, so spinning is fine.
      setImmediate(tick);
    };
    tick();
  });
  await Promise.all(answered);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 10) / 10;
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}
