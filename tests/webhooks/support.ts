import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { memoryMailer } from '../../worker/adapters/mailers';
import type { WebhookFetch } from '../../worker/modules/webhooks/delivery';
import { drainAll } from '../../worker/outbox/drainer';
import { outboxHandlers } from '../../worker/outbox/handlers';
import { type Clock, noopQueue } from '../../worker/ports';
import { Harness } from '../support/harness';

// A real HTTP receiver on 127.0.0.1 (random port) that records what it got, and a harness whose
// outbox is drained by hand with a clock the test moves forward.

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The status a path answers with (200 unless set). */
  statusFor: Map<string, number>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const statusFor = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statusFor.get(path) ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    statusFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A clock the test moves: `advance(ms)` makes later retries due. */
export function movableClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms) {
      offset += ms;
    },
  };
}

export async function startManualHarness() {
  const clock = movableClock();
  const mailer = memoryMailer();
  // The injected HTTP client of both paths (drain sweeps, and pings/retries in requests): real
  // fetch over the loopback interface, counted.
  const sent: string[] = [];
  const webhookFetch: WebhookFetch = (url, init) => {
    sent.push(url);
    return fetch(url, init);
  };
  const h = await Harness.start({ deps: { queue: noopQueue, clock, mailer, webhookFetch } });
  const deps = h.host.deps;
  const handlers = outboxHandlers({
    config: deps.config,
    logger: deps.logger,
    search: deps.search,
    mailer,
    webhookFetch,
  });
  const drain = () => drainAll(h.db, handlers, { clock, logger: deps.logger });
  return { h, clock, mailer, drain, sent };
}
