// The WebSocket→TCP relay that stands in for Neon's proxy: the Neon driver opens
// ws://<relay>/v2?address=<host>:<port> (see neonConfig.wsProxy in worker/host/neon.ts) and
// the relay pipes the WebSocket's binary frames to that TCP address and back.
// Loopback only, both ways: it listens on 127.0.0.1 and connects to loopback targets only.

import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { connect, isIP } from 'node:net';
import type WebSocketType from 'ws';
import type { WebSocketServer as WebSocketServerType } from 'ws';

// `ws` is CommonJS; Vitest 5 globalSetup loads it reliably only through require.
const { WebSocketServer } = createRequire(import.meta.url)('ws') as typeof import('ws');

export interface WsRelay {
  /** The value for neonConfig.wsProxy / NEON_WS_PROXY: host:port/v2, without a scheme. */
  wsProxy: string;
  port: number;
  close(): Promise<void>;
}

export async function startWsRelay(): Promise<WsRelay> {
  const server: WebSocketServerType = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.on('connection', (socket, request) => relay(socket, request));
  const { port } = server.address() as AddressInfo;
  return {
    wsProxy: `127.0.0.1:${port}/v2`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

function relay(socket: WebSocketType, request: IncomingMessage) {
  const target = parseTarget(request.url ?? '');
  if (!target) {
    socket.close(1008, 'address must be a loopback host:port');
    return;
  }
  const tcp = connect(target.port, target.host);
  const pending: Buffer[] = [];
  let open = false;
  tcp.setNoDelay(true);
  tcp.on('connect', () => {
    open = true;
    for (const chunk of pending.splice(0)) tcp.write(chunk);
  });
  tcp.on('data', (chunk) => {
    if (socket.readyState === socket.OPEN) socket.send(chunk, { binary: true });
  });
  tcp.on('error', () => socket.terminate());
  tcp.on('close', () => {
    if (socket.readyState === socket.OPEN) socket.close();
  });
  socket.on('message', (data) => {
    const chunk = toBuffer(data);
    if (open) tcp.write(chunk);
    else pending.push(chunk);
  });
  socket.on('close', () => tcp.destroy());
  socket.on('error', () => tcp.destroy());
}

function parseTarget(url: string): { host: string; port: number } | undefined {
  const address = new URL(url, 'http://relay').searchParams.get('address');
  const match = address?.match(/^\[?([^\]]+?)\]?:(\d+)$/);
  if (!match) return undefined;
  const host = match[1] === 'localhost' ? '127.0.0.1' : match[1]!;
  const port = Number(match[2]);
  const loopback = (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';
  return loopback && port > 0 && port < 65536 ? { host, port } : undefined;
}

function toBuffer(data: WebSocketType.RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return data;
}
