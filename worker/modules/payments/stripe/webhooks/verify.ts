import Stripe from 'stripe';
import { WebhookVerificationError } from '../../../../ports/payments';
import { subtleCrypto } from '../client';

// Verifies a Stripe webhook on the exact raw body (never a re-serialized JSON) with the async
// SubtleCrypto path, which is the only one workerd offers. Several secrets are tried because
// the platform endpoint and the Connect endpoint are signed with different ones.

export interface VerifyOptions {
  secrets: readonly string[];
  toleranceSeconds: number;
  /** Milliseconds since the epoch at receipt; injected so tests control the clock. */
  receivedAtMs: number;
}

/** `t=` of the Stripe-Signature header, or null when the header is unusable. */
function signedAt(header: string): number | null {
  for (const part of header.split(',')) {
    const [key, value] = part.split('=', 2);
    if (key?.trim() === 't' && value && /^\d+$/.test(value.trim())) return Number(value.trim());
  }
  return null;
}

function looksLikeEvent(value: unknown): value is Stripe.Event {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as { object?: unknown; id?: unknown; type?: unknown; data?: { object?: unknown } };
  return (
    e.object === 'event' &&
    typeof e.id === 'string' &&
    typeof e.type === 'string' &&
    typeof e.data?.object === 'object'
  );
}

export async function verifyStripeWebhook(
  rawBody: string | Uint8Array,
  headers: Headers,
  options: VerifyOptions,
): Promise<Stripe.Event> {
  const secrets = options.secrets.filter((s) => s.trim() !== '');
  if (secrets.length === 0)
    throw new WebhookVerificationError('not-configured', 'No Stripe webhook secret is configured.');
  const header = headers.get('stripe-signature');
  if (!header)
    throw new WebhookVerificationError('missing-signature', 'The Stripe-Signature header is missing.');
  const timestamp = signedAt(header);
  if (timestamp === null)
    throw new WebhookVerificationError('bad-signature', 'The Stripe-Signature header has no timestamp.');
  // Both directions: a replay is too old, a future stamp means a forged or badly skewed sender.
  if (Math.abs(options.receivedAtMs / 1000 - timestamp) > options.toleranceSeconds) {
    throw new WebhookVerificationError(
      'stale-timestamp',
      'The webhook timestamp is outside the tolerance window.',
    );
  }
  for (const secret of secrets) {
    let event: unknown;
    try {
      event = await Stripe.webhooks.constructEventAsync(
        rawBody,
        header,
        secret,
        options.toleranceSeconds,
        subtleCrypto,
        options.receivedAtMs,
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeSignatureVerificationError) continue;
      // The signature matched (that check runs first), so the sender is Stripe but the body is not an event.
      throw new WebhookVerificationError('malformed-payload', 'The webhook body is not a Stripe event.');
    }
    if (!looksLikeEvent(event))
      throw new WebhookVerificationError('malformed-payload', 'The webhook body is not a Stripe event.');
    return event;
  }
  throw new WebhookVerificationError(
    'bad-signature',
    'No webhook secret matches the Stripe-Signature header.',
  );
}
