// The benchmark's open-loop client reads HTTP/1.1 answers off raw sockets itself, so its
// parsing is tested here against a real Node server: answers split across packets, several
// answers in one packet, error statuses, and the latency counted from the scheduled send.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacedLoad } from './paced-load';

let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/missing') {
      response.writeHead(404, { 'content-type': 'text/plain', 'content-length': '9' });
      response.end('not found');
      return;
    }
    if (path === '/slow') {
      setTimeout(() => {
        response.writeHead(200, { 'content-length': '2' });
        response.end('ok');
      }, 30);
      return;
    }
    // A 40 KB body written in pieces: the client sees it arrive over several reads.
    const body = Buffer.alloc(40_000, 'x');
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(body.length) });
    response.write(body.subarray(0, 10));
    setImmediate(() => response.end(body.subarray(10)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('pacedLoad', () => {
  it('sends at the asked rate and reads every answer, whole bodies split over reads', async () => {
    const result = await pacedLoad({ url, paths: ['/big'], rate: 200, seconds: 1, connections: 4 });
    expect(result.errors).toBe(0);
    expect(result.rps).toBeGreaterThan(150);
    expect(result.rps).toBeLessThan(220);
    expect(result.p50).toBeGreaterThan(0);
  });

  it('counts answers other than 200 as errors', async () => {
    const result = await pacedLoad({
      url,
      paths: ['/big', '/missing'],
      rate: 100,
      seconds: 1,
      connections: 2,
    });
    expect(result.errors).toBe(50);
  });

  it('counts latency from the scheduled send, so a slow server shows in the percentiles', async () => {
    const result = await pacedLoad({ url, paths: ['/slow'], rate: 100, seconds: 0.5, connections: 8 });
    expect(result.errors).toBe(0);
    expect(result.p50).toBeGreaterThanOrEqual(29);
  });

  it('pipelines on busy connections instead of dropping requests when all are in flight', async () => {
    // One connection, answers taking 30 ms, a request every 10 ms: they queue on the socket
    // (pacedLoad resolves only once every request has its answer, so a lost one would hang).
    const result = await pacedLoad({ url, paths: ['/slow'], rate: 100, seconds: 0.2, connections: 1 });
    expect(result.errors).toBe(0);
    expect(result.p99).toBeGreaterThanOrEqual(29);
  });
});
