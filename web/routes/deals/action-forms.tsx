import type { Deal, DealMilestone } from '../../../schema/types';
import type { DealAccess } from '../../../worker/modules/deals/access';
import { DEAL_STEPS } from '../../../worker/modules/deals/states';
import { ChoiceGroup, SelectField, TextField } from '../../components/fields';
import { one } from '../../forms/values';
import type { Translator } from '../../i18n/index';
import type { RoomForm } from './shared';

// The deal-level actions of the room, each shown only to who may take it in the deal's state,
// following the API's guards (worker/modules/deals/{service,milestones,states}.ts):
//   cancel   — before money moved: either party or an admin; with paid milestones and none
//              accepted: the seller or an admin (the escrow goes back to the buyer)
//   dispute  — either party, on a signed or running deal
//   resolve  — a tenant admin, on a disputed deal: resume, or refund the buyer what is held
//   broker   — a tenant admin, before signing

const HOLDING_MONEY: readonly string[] = ['paid', 'delivered', 'changes_requested', 'accepted'];
const BROKER_STATES = ['inquiry', 'negotiating', 'agreed'];

export interface Broker {
  id: string;
  name: string;
}

export interface Allowed {
  cancel: boolean;
  dispute: boolean;
  resolve: boolean;
  broker: boolean;
}

function mayCancel(deal: Deal, milestones: DealMilestone[], access: DealAccess) {
  if (!(DEAL_STEPS.cancel.from as readonly string[]).includes(deal.status)) return false;
  if (!milestones.some((m) => HOLDING_MONEY.includes(m.status)))
    return access.side !== null || access.isAdmin;
  if (milestones.some((m) => m.status === 'accepted')) return false;
  return access.isAdmin || access.side === 'seller';
}

export function allowedActions(deal: Deal, milestones: DealMilestone[], access: DealAccess): Allowed {
  return {
    cancel: mayCancel(deal, milestones, access),
    dispute: access.side !== null && (DEAL_STEPS.dispute.from as readonly string[]).includes(deal.status),
    resolve: access.isAdmin && deal.status === 'disputed',
    broker: access.isAdmin && BROKER_STATES.includes(deal.status),
  };
}

function FormAlert({ form }: { form?: RoomForm }) {
  return form?.errors._form ? (
    <p class="alert" role="alert">
      {form.errors._form}
    </p>
  ) : null;
}

function ReasonForm({
  t,
  action,
  name,
  label,
  button,
  kind,
  form,
}: {
  t: Translator;
  action: string;
  name: string;
  label: string;
  button: string;
  kind: string;
  form?: RoomForm;
}) {
  return (
    <form method="post" action={action} novalidate>
      <FormAlert form={form} />
      <TextField
        name={name}
        label={label}
        hint={t('deal.reasonHint')}
        errors={form?.errors ?? {}}
        value={form ? one(form.values, name) : ''}
        multiline
        rows={3}
        required
      />
      <button class={`btn ${kind}`} type="submit">
        {button}
      </button>
    </form>
  );
}

export function DealActions({
  t,
  deal,
  allowed,
  brokers,
  form,
}: {
  t: Translator;
  deal: Deal;
  allowed: Allowed;
  brokers: Broker[];
  form?: RoomForm;
}) {
  if (!allowed.cancel && !allowed.dispute && !allowed.resolve && !allowed.broker) return null;
  const mine = (kind: string) => (form?.kind === kind ? form : undefined);
  const base = `/deals/${deal.id}`;
  return (
    <section class="panel" aria-labelledby="h-actions" id="actions">
      <h2 id="h-actions">{t('deal.actions')}</h2>
      {allowed.resolve ? (
        <div id="resolve">
          <h3>{t('deal.resolveTitle')}</h3>
          {deal.closeReason ? (
            <p class="notice">{t.labelled(t('deal.disputeReason'), deal.closeReason)}</p>
          ) : null}
          <p class="muted">{t('deal.resolveHint')}</p>
          <form method="post" action={`${base}/resolve`} novalidate>
            <FormAlert form={mine('resolve')} />
            <ChoiceGroup
              name="outcome"
              type="radio"
              label={t('deal.outcome')}
              errors={mine('resolve')?.errors ?? {}}
              values={[mine('resolve') ? one(mine('resolve')?.values ?? {}, 'outcome') : 'resume']}
              options={[
                { value: 'resume', label: t('deal.outcome.resume') },
                { value: 'refund', label: t('deal.outcome.refund') },
              ]}
            />
            <TextField
              name="resolveReason"
              label={t('deal.resolveReason')}
              errors={mine('resolve')?.errors ?? {}}
              value={mine('resolve') ? one(mine('resolve')?.values ?? {}, 'resolveReason') : ''}
              multiline
              rows={3}
              required
            />
            <button class="btn" type="submit">
              {t('deal.resolve')}
            </button>
          </form>
        </div>
      ) : null}
      {allowed.broker ? (
        <div id="broker">
          <h3>{t('deal.brokerTitle')}</h3>
          {brokers.length === 0 ? (
            <p class="muted">{t('deal.noBrokers')}</p>
          ) : (
            <form method="post" action={`${base}/broker`} class="row" novalidate>
              <FormAlert form={mine('broker')} />
              <SelectField
                name="brokerUserId"
                label={t('deal.broker')}
                errors={mine('broker')?.errors ?? {}}
                value={
                  mine('broker')
                    ? one(mine('broker')?.values ?? {}, 'brokerUserId')
                    : (deal.brokerUserId ?? '')
                }
                blank={t('deal.chooseBroker')}
                options={brokers.map((b) => ({ value: b.id, label: b.name }))}
                required
              />
              <button class="btn secondary" type="submit">
                {t('deal.assignBroker')}
              </button>
            </form>
          )}
        </div>
      ) : null}
      {allowed.dispute ? (
        <details open={mine('dispute') ? true : undefined} id="dispute">
          <summary>{t('deal.dispute')}</summary>
          <p class="muted">{t('deal.disputeHint')}</p>
          <ReasonForm
            t={t}
            action={`${base}/dispute`}
            name="disputeReason"
            label={t('deal.disputeReason')}
            button={t('deal.dispute')}
            kind="danger"
            form={mine('dispute')}
          />
        </details>
      ) : null}
      {allowed.cancel ? (
        <details open={mine('cancel') ? true : undefined} id="cancel">
          <summary>{t('deal.cancel')}</summary>
          <p class="muted">{t('deal.cancelHint')}</p>
          <ReasonForm
            t={t}
            action={`${base}/cancel`}
            name="cancelReason"
            label={t('deal.cancelReason')}
            button={t('deal.cancel')}
            kind="danger"
            form={mine('cancel')}
          />
        </details>
      ) : null}
    </section>
  );
}
