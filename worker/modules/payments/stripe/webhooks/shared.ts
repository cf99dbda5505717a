import type Stripe from 'stripe';
import type { Currency } from '../../../../../schema/enums';
import { WebhookVerificationError } from '../../../../ports/payments';
import { isCurrency } from '../../money';

// Small readers shared by the event handlers.

/** Stripe sends lower-case ISO codes; an unsupported currency is a payload we cannot apply. */
export function currencyOf(code: string, eventId: string): Currency {
  const upper = code.toUpperCase();
  if (!isCurrency(upper)) {
    throw new WebhookVerificationError(
      'malformed-payload',
      `Event ${eventId} is in unsupported currency ${code}.`,
    );
  }
  return upper;
}

/** An expandable field is either the id or the expanded object. */
export function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value : value.id;
}

/** Deal and milestone ids that createMilestonePayment put into the metadata. */
export function milestoneOf(metadata: Stripe.Metadata | null | undefined): {
  dealId?: string;
  milestoneId?: string;
} {
  return {
    ...(metadata?.deal_id ? { dealId: metadata.deal_id } : {}),
    ...(metadata?.milestone_id ? { milestoneId: metadata.milestone_id } : {}),
  };
}
