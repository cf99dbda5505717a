import type { Deal, DealMilestone, Payment } from '../../../schema/types';
import { TextField } from '../../components/fields';
import { one } from '../../forms/values';
import type { MessageKey, Translator } from '../../i18n/index';
import { ActionButton, type RoomForm } from './shared';

// One milestone of the deal room: amount, state, evidence, payment (bank instructions, card
// checkout, processing), refund and payout status, and the actions of whoever may act now.

function BankInstructions({ t, payment }: { t: Translator; payment: Payment }) {
  const i = (payment.instructions ?? {}) as Record<string, unknown>;
  if (i.kind !== 'bank_transfer') return null;
  return (
    <div class="notice payinfo">
      <h4>{t('deal.payInfo')}</h4>
      <dl class="facts">
        <dt>{t('deal.payee')}</dt>
        <dd>{String(i.payeeName ?? '')}</dd>
        <dt>{t('deal.bank')}</dt>
        <dd>
          {String(i.bankName ?? '')} {i.bankBranch ? String(i.bankBranch) : ''}
        </dd>
        <dt>{t('deal.account')}</dt>
        <dd>
          <code>{String(i.accountNumber ?? '')}</code>
        </dd>
        <dt>{t('deal.payAmount')}</dt>
        <dd>{t.money(payment.amount, payment.currency)}</dd>
        <dt>{t('deal.reference')}</dt>
        <dd>
          <strong class="reference">{payment.reference}</strong>
        </dd>
      </dl>
      <p class="muted">{t('deal.payNote')}</p>
    </div>
  );
}

/** Refunds and payouts of a paid milestone: what went back to the buyer, what each party got. */
function MoneyStatus({ t, payment }: { t: Translator; payment: Payment }) {
  if (payment.amountRefunded === 0 && payment.transfers.length === 0) return null;
  return (
    <ul class="muted money-status">
      {payment.amountRefunded > 0 ? (
        <li>
          {t('deal.refunded', { amount: t.money(payment.amountRefunded, payment.currency) })}
          {payment.reversals.length
            ? ` · ${t('deal.reversals', { n: payment.reversals.filter((r) => r.status !== 'failed').length })}`
            : ''}
        </li>
      ) : null}
      {payment.transfers.map((tr) => (
        <li>
          {t('deal.payout', {
            party: t(`deal.party.${tr.party}` as MessageKey),
            amount: t.money(tr.amount, payment.currency),
          })}{' '}
          <span class="tag">{t(`payout.${payoutState(tr.status)}` as MessageKey)}</span>
          {tr.reversed ? ` · ${t('deal.reversed', { amount: t.money(tr.reversed, payment.currency) })}` : ''}
        </li>
      ))}
    </ul>
  );
}

const PAYOUT_STATES = ['succeeded', 'sent', 'pending', 'manual', 'failed'] as const;
const payoutState = (s: string) => ((PAYOUT_STATES as readonly string[]).includes(s) ? s : 'pending');

function RequestChanges({
  t,
  base,
  m,
  form,
}: {
  t: Translator;
  base: string;
  m: DealMilestone;
  form?: RoomForm;
}) {
  const name = `changes-${m.id}`;
  const mine = form?.kind === `changes:${m.id}` ? form : undefined;
  return (
    <details class="panel" open={mine ? true : undefined} id={`rc-${m.id}`}>
      <summary>{t('deal.requestChanges')}</summary>
      {mine?.errors._form ? (
        <p class="alert" role="alert">
          {mine.errors._form}
        </p>
      ) : null}
      <form method="post" action={`${base}/request-changes`} novalidate>
        <TextField
          name={name}
          label={t('deal.changesReason')}
          hint={t('deal.changesHint')}
          errors={mine?.errors ?? {}}
          value={mine ? one(mine.values, name) : ''}
          multiline
          rows={3}
          required
        />
        <button class="btn secondary" type="submit">
          {t('deal.requestChanges')}
        </button>
      </form>
    </details>
  );
}

export interface MilestoneView {
  side: string | null;
  admin: boolean;
  executing: boolean;
  /** Card payments through Stripe (else bank transfer). */
  card: boolean;
  /** Milestones whose card payment the buyer just confirmed and the webhook has not yet applied. */
  returned: Set<string>;
  form?: RoomForm;
}

export function MilestoneRow({
  t,
  deal,
  m,
  payment,
  v,
}: {
  t: Translator;
  deal: Deal;
  m: DealMilestone;
  payment?: Payment;
  v: MilestoneView;
}) {
  const base = `/deals/${deal.id}/milestones/${m.id}`;
  const { side, admin, executing } = v;
  const unpaid = m.status === 'pending' || m.status === 'awaiting_payment';
  const processing =
    payment?.rail === 'stripe' &&
    payment.status !== 'succeeded' &&
    (payment.status === 'processing' || v.returned.has(m.id));
  return (
    <li class="panel" id={`ms-${m.id}`}>
      <h3>
        {m.seq}. {m.title}
      </h3>
      <p>
        <span class="price">{t.money(m.amount, m.currency)}</span>
        {m.dueDate ? ` · ${t('deal.due', { date: m.dueDate })}` : ''} ·{' '}
        <span class="tag">{t(`mstate.${m.status}` as MessageKey)}</span>
        {payment ? ` · ${t('deal.paymentStatus')}: ${t(`pstate.${payment.status}` as MessageKey)}` : ''}
      </p>
      {m.evidence.length ? (
        <p class="muted">
          {t('deal.evidenceList')}: {m.evidence.map((e) => e.title).join(t.locale === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
      {m.status === 'changes_requested' && m.changesRequested ? (
        <p class="notice">{t.labelled(t('deal.changesAsked'), m.changesRequested)}</p>
      ) : null}
      {payment ? <MoneyStatus t={t} payment={payment} /> : null}
      {processing ? (
        <p class="notice" role="status">
          {t('deal.processing')}
        </p>
      ) : null}
      {payment && payment.status !== 'succeeded' && (side === 'buyer' || admin) ? (
        <BankInstructions t={t} payment={payment} />
      ) : null}
      {executing && side === 'buyer' && unpaid && v.card && !processing ? (
        <form method="post" action={`${base}/checkout`} class="inline">
          <button class="btn" type="submit">
            {t('deal.payCard')}
          </button>
        </form>
      ) : null}
      {executing && side === 'buyer' && m.status === 'pending' && !v.card ? (
        <ActionButton action={`${base}/pay`} label={t('deal.pay')} />
      ) : null}
      {executing && admin && payment?.rail === 'bank' && payment.status !== 'succeeded' ? (
        <form method="post" action={`/deals/${deal.id}/payments/${payment.id}/confirm`} class="row">
          <input type="hidden" name="amount" value={String(payment.amount)} />
          <div class="field">
            <label for={`f-ref-${m.id}`}>{t('deal.bankRef')}</label>
            <input id={`f-ref-${m.id}`} name="bankReference" required minlength={2} />
          </div>
          <div class="field">
            <label for={`f-at-${m.id}`}>{t('deal.receivedAt')}</label>
            <input id={`f-at-${m.id}`} name="receivedAt" type="date" />
          </div>
          <button class="btn" type="submit">
            {t('deal.confirm')}
          </button>
        </form>
      ) : null}
      {executing && side === 'seller' && (m.status === 'paid' || m.status === 'changes_requested') ? (
        <form method="post" action={`${base}/deliver`} class="row">
          <div class="field">
            <label for={`f-ev-${m.id}`}>{t('deal.evidence')}</label>
            <input id={`f-ev-${m.id}`} name="title" required minlength={1} maxlength={200} />
          </div>
          <button class="btn" type="submit">
            {m.status === 'changes_requested' ? t('deal.redeliver') : t('deal.deliver')}
          </button>
        </form>
      ) : null}
      {executing && side === 'buyer' && m.status === 'delivered' ? (
        <>
          <ActionButton action={`${base}/accept`} label={t('deal.acceptMs')} />
          <RequestChanges t={t} base={base} m={m} form={v.form} />
        </>
      ) : null}
    </li>
  );
}
