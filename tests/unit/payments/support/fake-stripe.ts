// An in-process stand-in for api.stripe.com, handed to the SDK as its `fetch`. It checks what
// a real Stripe would insist on (secret key, form encoding, required parameters, lower-case
// currency, positive integer amounts), what we insist on (an Idempotency-Key on every creating POST,
// no Stripe-Account header because every Connect call here runs on the platform account), and
// answers with JSON shaped like Stripe's documented objects. Idempotency is replayed like
// Stripe: same key and parameters -> same response; same key, other parameters -> 400.

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: Headers;
}

type Reply = { status: number; body: unknown };
type Route = (req: RecordedRequest, match: RegExpMatchArray) => Reply;

let counter = 0;
const nextId = (prefix: string) => `${prefix}_test${String(++counter).padStart(8, '0')}`;
const now = () => Math.floor(Date.now() / 1000);

export function stripeError(
  status: number,
  type: string,
  message: string,
  extra: Record<string, string> = {},
): Reply {
  return { status, body: { error: { type, message, ...extra } } };
}

function required(req: RecordedRequest, names: string[]): Reply | null {
  for (const name of names) {
    if (!req.params[name])
      return stripeError(400, 'invalid_request_error', `Missing required param: ${name}.`, { param: name });
  }
  const amount = req.params.amount;
  if (amount !== undefined && !/^[1-9]\d*$/.test(amount)) {
    return stripeError(400, 'invalid_request_error', 'Invalid positive integer', { param: 'amount' });
  }
  const currency = req.params.currency;
  if (currency !== undefined && !/^[a-z]{3}$/.test(currency)) {
    return stripeError(400, 'invalid_request_error', `Invalid currency: ${currency}.`, { param: 'currency' });
  }
  return null;
}

function metadataOf(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const m = /^metadata\[(.+)\]$/.exec(k);
    if (m) out[m[1]!] = v;
  }
  return out;
}

export const defaultRoutes: Record<string, Route> = {
  'POST /v1/accounts': (req) => {
    const id = nextId('acct');
    return {
      status: 200,
      body: {
        id,
        object: 'account',
        country: req.params.country ?? 'US',
        email: req.params.email ?? null,
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        capabilities: { transfers: 'inactive' },
        metadata: metadataOf(req.params),
        created: now(),
        controller: {
          fees: { payer: 'application' },
          losses: { payments: 'application' },
          requirement_collection: 'stripe',
          stripe_dashboard: { type: 'express' },
          type: 'application',
        },
      },
    };
  },
  'POST /v1/account_links': (req) =>
    required(req, ['account', 'type', 'refresh_url', 'return_url']) ?? {
      status: 200,
      body: {
        object: 'account_link',
        created: now(),
        expires_at: now() + 300,
        url: `https://connect.stripe.com/setup/e/${req.params.account}/AbCdEf`,
      },
    },
  'POST /v1/payment_intents': (req) => {
    const bad = required(req, ['amount', 'currency']);
    if (bad) return bad;
    const id = nextId('pi');
    return {
      status: 200,
      body: {
        id,
        object: 'payment_intent',
        amount: Number(req.params.amount),
        amount_received: 0,
        currency: req.params.currency,
        status: 'requires_payment_method',
        client_secret: `${id}_secret_XyZ`,
        transfer_group: req.params.transfer_group ?? null,
        description: req.params.description ?? null,
        metadata: metadataOf(req.params),
        latest_charge: null,
        livemode: false,
        created: now(),
        automatic_payment_methods: {
          enabled: req.params['automatic_payment_methods[enabled]'] === 'true',
          allow_redirects: 'always',
        },
      },
    };
  },
  'POST /v1/payment_intents/([^/]+)/cancel': (req, match) => ({
    status: 200,
    body: {
      id: match[1],
      object: 'payment_intent',
      status: 'canceled',
      cancellation_reason: req.params.cancellation_reason ?? null,
      canceled_at: now(),
      livemode: false,
    },
  }),
  'POST /v1/transfers': (req) =>
    required(req, ['amount', 'currency', 'destination']) ?? {
      status: 200,
      body: {
        id: nextId('tr'),
        object: 'transfer',
        amount: Number(req.params.amount),
        amount_reversed: 0,
        balance_transaction: nextId('txn'),
        created: now(),
        currency: req.params.currency,
        description: req.params.description ?? null,
        destination: req.params.destination,
        destination_payment: nextId('py'),
        livemode: false,
        metadata: {},
        reversed: false,
        reversals: {
          object: 'list',
          data: [],
          has_more: false,
          total_count: 0,
          url: '/v1/transfers/x/reversals',
        },
        source_transaction: req.params.source_transaction ?? null,
        source_type: 'card',
        transfer_group: req.params.transfer_group ?? null,
      },
    },
  'POST /v1/refunds': (req) => {
    const bad = required(req, ['payment_intent']);
    if (bad) return bad;
    return {
      status: 200,
      body: {
        id: nextId('re'),
        object: 'refund',
        amount: Number(req.params.amount),
        charge: nextId('ch'),
        created: now(),
        currency: 'cny',
        metadata: {},
        payment_intent: req.params.payment_intent,
        reason: req.params.reason ?? null,
        status: 'succeeded',
        balance_transaction: nextId('txn'),
      },
    };
  },
  'POST /v1/transfers/([^/]+)/reversals': (req, match) => ({
    status: 200,
    body: {
      id: nextId('trr'),
      object: 'transfer_reversal',
      amount: Number(req.params.amount),
      currency: 'cny',
      transfer: match[1],
      created: now(),
      metadata: {},
      balance_transaction: nextId('txn'),
      destination_payment_refund: nextId('pyr'),
      source_refund: null,
    },
  }),
};

export interface FakeStripe {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Replace a route's answer, e.g. to return an error. */
  routes: Record<string, Route>;
}

export function fakeStripe(secretKey = 'sk_test_fake'): FakeStripe {
  const requests: RecordedRequest[] = [];
  const routes = { ...defaultRoutes };
  const replays = new Map<string, { body: string; reply: Reply }>();
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const headers = new Headers(init?.headers);
    const method = (init?.method ?? 'GET').toUpperCase();
    const raw = typeof init?.body === 'string' ? init.body : '';
    const req: RecordedRequest = {
      method,
      path: url.pathname,
      params: Object.fromEntries(new URLSearchParams(raw)),
      headers,
    };
    requests.push(req);
    const reply = ((): Reply => {
      if (url.origin !== 'https://api.stripe.com')
        return stripeError(404, 'invalid_request_error', `Wrong host ${url.origin}`);
      if (headers.get('authorization') !== `Bearer ${secretKey}`)
        return stripeError(401, 'invalid_request_error', 'Invalid API Key provided');
      if (!headers.get('stripe-version'))
        return stripeError(400, 'invalid_request_error', 'Missing Stripe-Version');
      if (headers.has('stripe-account'))
        return stripeError(400, 'invalid_request_error', 'Unexpected Stripe-Account: platform calls only');
      if (method === 'POST' && headers.get('content-type') !== 'application/x-www-form-urlencoded') {
        return stripeError(400, 'invalid_request_error', 'Body must be form-encoded');
      }
      const key = headers.get('idempotency-key');
      // Account links are single-use URLs: replaying one would hand out a spent link, so they go without.
      if (method === 'POST' && !key && url.pathname !== '/v1/account_links') {
        return stripeError(
          400,
          'invalid_request_error',
          'Test policy: every POST that creates something needs an Idempotency-Key',
        );
      }
      const replay = key ? replays.get(`${url.pathname} ${key}`) : undefined;
      if (replay) {
        return replay.body === raw
          ? replay.reply
          : stripeError(
              400,
              'idempotency_error',
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            );
      }
      for (const [pattern, route] of Object.entries(routes)) {
        const [routeMethod, routePath] = pattern.split(' ') as [string, string];
        const match = new RegExp(`^${routePath}$`).exec(url.pathname);
        if (routeMethod === method && match) {
          const answer = route(req, match);
          if (key && answer.status < 500) replays.set(`${url.pathname} ${key}`, { body: raw, reply: answer });
          return answer;
        }
      }
      return stripeError(
        404,
        'invalid_request_error',
        `Unrecognized request URL (${method}: ${url.pathname}).`,
      );
    })();
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json', 'request-id': `req_${requests.length}` },
    });
  };
  return { fetch: fetchImpl as typeof fetch, requests, routes };
}
