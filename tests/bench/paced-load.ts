// Load at a fixed rate (open loop): requests leave on a schedule whether or not earlier ones
// have been answered, and each latency counts from its scheduled time, so a slow answer is
// not hidden by the client waiting for it (autocannon's rate limit sends each second's quota
// in a burst, which measures the burst rather than the server).
//
// The client speaks HTTP/1.1 on raw keep-alive sockets with requests built once: Node's http
// client allocates enough per request that its own garbage collection and event-loop stalls
// showed up as milliseconds of "latency" at the 99th percentile, even against bare Hono.

import net from 'node:net';

export interface PacedResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

interface Connection {
  socket: net.Socket;
  /** Scheduled send times of the requests on this socket not yet answered, oldest first. */
  waiting: number[];
  pending: Buffer | null;
}

export async function pacedLoad(options: {
  url: string;
  paths: string[];
  rate: number;
  seconds: number;
  connections: number;
}): Promise<PacedResult> {
  const { hostname, port } = new URL(options.url);
  const requests = options.paths.map((path) =>
    Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: keep-alive\r\n\r\n`),
  );
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies = new Float64Array(total);
  let answered = 0;
  let errors = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const record = (connection: Connection, status: number) => {
    const scheduled = connection.waiting.shift() ?? performance.now();
    if (status !== 200) errors++;
    latencies[answered++] = performance.now() - scheduled;
    if (answered === total) finish();
  };

  const connections = await Promise.all(
    Array.from({ length: options.connections }, () => open(hostname, Number(port), record)),
  );

  let sent = 0;
  let next = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const connection = idleConnection(connections, next++);
        connection.waiting.push(start + sent * interval);
        connection.socket.write(requests[sent % requests.length] as Buffer);
        sent++;
      }
      if (sent >= total) return resolve();
      // setImmediate, not setTimeout: timers fire up to a millisecond late, which would be
      // counted as latency. The load generator has a CPU of its own, so spinning is fine.
      setImmediate(tick);
    };
    tick();
  });
  await finished;
  const elapsed = (performance.now() - start) / 1000;
  for (const connection of connections) connection.socket.destroy();
  const sorted = latencies.slice(0, answered).sort();
  const at = (q: number) => Math.round((sorted[Math.floor(q * (sorted.length - 1))] ?? 0) * 10) / 10;
  return { rps: answered / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

/** The first connection with nothing in flight, looking round-robin; else the least busy. */
function idleConnection(connections: Connection[], from: number): Connection {
  let best = connections[from % connections.length] as Connection;
  for (let i = 0; i < connections.length; i++) {
    const candidate = connections[(from + i) % connections.length] as Connection;
    if (candidate.waiting.length === 0) return candidate;
    if (candidate.waiting.length < best.waiting.length) best = candidate;
  }
  return best;
}

function open(
  host: string,
  port: number,
  record: (connection: Connection, status: number) => void,
): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, noDelay: true });
    const connection: Connection = { socket, waiting: [], pending: null };
    socket.once('connect', () => resolve(connection));
    socket.once('error', reject);
    socket.on('data', (chunk: Buffer) => {
      let data = connection.pending ? Buffer.concat([connection.pending, chunk]) : chunk;
      // Every answer carries Content-Length (the servers measured send no chunked bodies).
      for (;;) {
        const headerEnd = data.indexOf(HEADER_END);
        if (headerEnd < 0) break;
        const head = data.toString('latin1', 0, headerEnd);
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (!length) throw new Error(`paced load needs Content-Length answers, got:\n${head}`);
        const end = headerEnd + HEADER_END.length + Number(length[1]);
        if (data.length < end) break;
        record(connection, Number(head.slice(9, 12)));
        data = data.subarray(end);
      }
      connection.pending = data.length > 0 ? data : null;
    });
  });
}
