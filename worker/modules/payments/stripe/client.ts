import Stripe from 'stripe';

// One way to build the SDK client on both hosts: the fetch HTTP client (workerd has no Node
// http module) and the SubtleCrypto provider (async, the only kind workerd offers). Tests
// pass their own `fetch` to check every outgoing request without a network.

export interface StripeSettings {
  secretKey: string;
  /** Signing secrets of the webhook endpoints (platform and, if separate, Connect); any may match. */
  webhookSecrets: readonly string[];
  /** Country for new connected accounts (ISO 3166-1 alpha-2). */
  defaultCountry?: string;
  /** Replaces the global fetch; tests use it to answer in-process. */
  fetch?: typeof fetch;
  /** Network retries with the same idempotency key; 0 in tests so each request is seen once. */
  maxNetworkRetries?: number;
  /** Seconds of clock skew accepted on webhook signatures (Stripe's default is 300). */
  webhookToleranceSeconds?: number;
}

export function createStripeClient(settings: StripeSettings): Stripe {
  return new Stripe(settings.secretKey, {
    httpClient: Stripe.createFetchHttpClient(settings.fetch),
    maxNetworkRetries: settings.maxNetworkRetries ?? 2,
    timeout: 20_000,
    appInfo: { name: 'TechMarket' },
  });
}

export const subtleCrypto = Stripe.createSubtleCryptoProvider();
