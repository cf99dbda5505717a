import { inArray } from 'drizzle-orm';
import { users } from '../../../schema/index';
import { DomainError } from '../../../worker/lib/errors';
import { type PaymentContext, paymentProvider } from '../../../worker/modules/payments/service';
import type { WebContext } from '../../env';
import type { FieldErrors, FormValues } from '../../forms/values';
import type { Translator } from '../../i18n/index';
import { ctxOf } from '../helpers';

// Pieces shared by the deal-room files: names of people, the payment context, and the form
// that failed (re-rendered in the room with its input and errors).

export const payCtx = (c: WebContext): PaymentContext => ({
  ...ctxOf(c),
  payments: paymentProvider(c.var.deps),
});
export const ID = /^[a-z]+_[0-9A-Z]{26}$/;

/** The form of the room that was posted and refused: which one, what was typed, what is wrong. */
export interface RoomForm {
  /** offer | cancel | dispute | resolve | broker | changes:<milestone id> */
  kind: string;
  values: FormValues;
  errors: FieldErrors;
}

export async function userNames(c: WebContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await c.var.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * A refusal the form can show next to its fields (bad input, a state that moved on, a race).
 * Not found and forbidden are not the form's business: the caller rethrows them, so a forged
 * post gets the 404 or 403 page.
 */
export function formRefusal(error: unknown, t: Translator, field: string): FieldErrors | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === 'validation') return { [field]: t('err.invalid') };
  if (error.code === 'state-conflict') return { _form: t('err.state') };
  if (error.code === 'version-conflict') return { _form: t('err.conflict') };
  return null;
}

export function ActionButton({ action, label, kind = '' }: { action: string; label: string; kind?: string }) {
  return (
    <form method="post" action={action} class="inline">
      <button class={`btn ${kind}`} type="submit">
        {label}
      </button>
    </form>
  );
}
