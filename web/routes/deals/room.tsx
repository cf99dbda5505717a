import { and, arrayContains, eq } from 'drizzle-orm';
import { memberships, users } from '../../../schema/index';
import type { Deal, DealOffer } from '../../../schema/types';
import { contractWithSignatures } from '../../../worker/modules/deals/contract';
import { dealDetail } from '../../../worker/modules/deals/service';
import { dealLedger } from '../../../worker/modules/ledger/service';
import { getListing } from '../../../worker/modules/listings/service';
import { paymentProvider, paymentsOfDeal } from '../../../worker/modules/payments/service';
import { ErrorSummary } from '../../components/fields';
import { orgNames } from '../../data/market';
import type { WebContext } from '../../env';
import { defaultOfferValues } from '../../forms/offer';
import type { FormValues } from '../../forms/values';
import type { MessageKey, Translator } from '../../i18n/index';
import { minorToWan } from '../../i18n/index';
import { ctxOf } from '../helpers';
import { allowedActions, type Broker, DealActions } from './action-forms';
import { MilestoneRow } from './milestone-row';
import { OfferFields } from './offer-fields';
import { ActionButton, type RoomForm, userNames } from './shared';
import { dealTimeline, Timeline } from './timeline';

// The deal room (交易室): offers, contract, milestones with payments, the actions each role may
// take now, the timeline and the ledger. A refused form re-renders the room (422) with its input.

function OfferRow({
  t,
  offer,
  deal,
  canAccept,
}: {
  t: Translator;
  offer: DealOffer;
  deal: Deal;
  canAccept: boolean;
}) {
  return (
    <li class="panel" id={`o-${offer.id}`}>
      <p>
        <strong>{t('deal.offerBy', { side: t(`deal.side.${offer.side}` as MessageKey) })}</strong> ·{' '}
        {t(`mode.${offer.mode}` as MessageKey)} ·{' '}
        <span class="price">{t.money(offer.amount, offer.currency)}</span> ·{' '}
        <span class="tag">{t(`ostate.${offer.status}` as MessageKey)}</span> · {t.date(offer.createdAt)}
      </p>
      <ul>
        {offer.milestones.map((m) => (
          <li>
            {m.title}: {t.money(m.amount, offer.currency)}
            {m.shareBps ? ` (${m.shareBps / 100}%)` : ''}
            {m.dueDate ? ` · ${t('deal.due', { date: m.dueDate })}` : ''}
          </li>
        ))}
      </ul>
      {offer.terms ? <p class="muted">{offer.terms}</p> : null}
      {offer.message ? <p>“{offer.message}”</p> : null}
      {canAccept ? (
        <ActionButton action={`/deals/${deal.id}/offers/${offer.id}/accept`} label={t('deal.accept')} />
      ) : null}
    </li>
  );
}

type Contract = Awaited<ReturnType<typeof contractWithSignatures>>;

function ContractSection({
  t,
  deal,
  contract,
  side,
}: {
  t: Translator;
  deal: Deal;
  contract: Contract | null;
  side: string | null;
}) {
  const sideLabel = (s: string) => t(`deal.side.${s}` as MessageKey);
  return (
    <section aria-labelledby="h-contract" class="panel" id="contract">
      <h2 id="h-contract">{t('deal.contract')}</h2>
      {contract ? (
        <>
          <p class="muted">
            {t('deal.contractVersion', { n: contract.contract.version })} · {t('deal.contentHash')}:{' '}
            <code class="hash">{contract.contract.contentHash}</code>
          </p>
          <ul>
            {(['buyer', 'seller'] as const).map((s) => {
              const sig = contract.signatures.find((x) => x.side === s);
              return (
                <li>
                  {sig
                    ? t('deal.signedBy', { side: sideLabel(s), date: t.date(sig.signedAt) })
                    : t('deal.unsigned', { side: sideLabel(s) })}
                </li>
              );
            })}
          </ul>
          {deal.status === 'agreed' && side && !contract.signatures.some((x) => x.side === side) ? (
            <form method="post" action={`/deals/${deal.id}/sign`}>
              <input type="hidden" name="contentHash" value={contract.contract.contentHash} />
              <button class="btn" type="submit">
                {t('deal.sign', { side: sideLabel(side) })}
              </button>
            </form>
          ) : null}
          <details open={t.locale === 'zh' ? true : undefined}>
            <summary>{t('deal.zh')}</summary>
            <pre class="contract" lang="zh-CN">
              {contract.contract.contentZh}
            </pre>
          </details>
          <details open={t.locale === 'en' ? true : undefined}>
            <summary>{t('deal.en')}</summary>
            <pre class="contract" lang="en">
              {contract.contract.contentEn}
            </pre>
          </details>
        </>
      ) : (
        <p class="muted">{t('deal.contractLater')}</p>
      )}
    </section>
  );
}

function LedgerPanel({ t, ledger }: { t: Translator; ledger: Awaited<ReturnType<typeof dealLedger>> }) {
  return (
    <section class="panel" aria-labelledby="h-ledger" id="ledger">
      <h2 id="h-ledger">{t('deal.ledger')}</h2>
      {ledger.entries.length === 0 ? (
        <p class="muted">{t('deal.ledgerEmpty')}</p>
      ) : (
        <>
          <p>{ledger.balanced ? t('deal.ledgerBalanced') : t('deal.ledgerUnbalanced')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('deal.account_')}</th>
                <th scope="col">{t('deal.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.balances.map((b) => (
                <tr>
                  <td>{b.account}</td>
                  <td>{t.money(b.balance, b.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The tenant's brokers, for the admin's assign-a-broker form. */
async function tenantBrokers(c: WebContext): Promise<Broker[]> {
  return c.var.db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, c.var.tenant.id), arrayContains(memberships.roles, ['broker'])))
    .orderBy(users.name)
    .limit(200);
}

/** Milestone ids back from Stripe's return_url (?checkout=<mid>&redirect_status=…) still awaiting the webhook. */
function returnedFromCheckout(c: WebContext): Set<string> {
  const mid = c.req.query('checkout');
  const status = c.req.query('redirect_status');
  return new Set(mid && status && status !== 'failed' ? [mid] : []);
}

export async function renderRoom(c: WebContext, id: string, form?: RoomForm) {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const { deal, access, offers, milestones } = await dealDetail(ctx, id);
  const withContract = ['agreed', 'signed', 'in_progress', 'completed', 'disputed', 'refunded'].includes(
    deal.status,
  );
  const allowed = allowedActions(deal, milestones, access);
  const [contract, payments, ledger, listing, brokers] = await Promise.all([
    withContract ? contractWithSignatures(ctx, id) : null,
    paymentsOfDeal(ctx.db, id),
    dealLedger(ctx, id),
    deal.listingId
      ? getListing(ctx, deal.listingId)
          .then((r) => r.listing)
          .catch(() => null)
      : null,
    allowed.broker ? tenantBrokers(c) : [],
  ]);
  const timeline = await dealTimeline(ctx, id, milestones, payments);
  const [orgs, names] = await Promise.all([
    orgNames(ctx.db, [deal.buyerOrgId, deal.sellerOrgId]),
    userNames(c, [deal.brokerUserId, ...timeline.map((e) => e.actorUserId)]),
  ]);
  const modes = listing?.modes ?? [deal.mode];
  const side = access.side;
  const negotiable = ['inquiry', 'negotiating', 'agreed'].includes(deal.status);
  const orgName = (oid: string) => {
    const o = orgs.get(oid);
    return o ? t.pick(o.nameZh, o.nameEn) : oid;
  };
  const paymentOf = new Map(payments.map((p) => [p.milestoneId, p]));
  const latestOffer = [...offers].reverse().find((o) => o.status === 'pending');
  const offerForm = form?.kind === 'offer' ? form : undefined;
  const counterValues: FormValues = offerForm?.values ?? {
    ...defaultOfferValues({ modes }, t.locale === 'zh'),
    mode: (latestOffer ?? offers.at(-1))?.mode ?? deal.mode,
    amount: minorToWan((latestOffer ?? offers.at(-1))?.amount ?? deal.amount),
  };
  const title = t('deal.room', {
    title: deal.title ?? (listing ? t.pick(listing.titleZh, listing.titleEn) : deal.id),
  });
  if (form) c.status(422);
  // A refusal for a form the room no longer shows (the state moved on meanwhile) goes on top.
  const formShown =
    form?.kind === 'offer'
      ? negotiable && side !== null
      : form?.kind.startsWith('changes:')
        ? milestones.some((m) => `changes:${m.id}` === form.kind && m.status === 'delivered')
        : Boolean(form && allowed[form.kind as keyof typeof allowed]);
  const lostForm = form?.errors._form && !formShown ? form.errors._form : null;
  const msView = {
    side,
    admin: access.isAdmin,
    executing: ['signed', 'in_progress'].includes(deal.status),
    card: paymentProvider(c.var.deps).rail === 'stripe',
    returned: returnedFromCheckout(c),
    form,
  };
  return c.render(
    <article class="deal-room">
      <h1>{title}</h1>
      <ul class="meta">
        <li class="tag hot">
          {t('deal.status')}: {t(`dstate.${deal.status}` as MessageKey)}
        </li>
        <li class="tag">
          {t('deal.yourSide')}:{' '}
          {t(`deal.side.${side ?? (access.isBroker ? 'broker' : 'observer')}` as MessageKey)}
        </li>
        {deal.registrationNumber ? (
          <li class="tag">
            {t('deal.registration')}: {deal.registrationNumber}
          </li>
        ) : null}
      </ul>
      {lostForm ? (
        <p class="alert" role="alert">
          {lostForm}
        </p>
      ) : null}
      {deal.closeReason && ['cancelled', 'disputed', 'refunded'].includes(deal.status) ? (
        <p class="notice">{t.labelled(t(`deal.reason.${deal.status}` as MessageKey), deal.closeReason)}</p>
      ) : null}
      <div class="grid main-side">
        <div>
          <section aria-labelledby="h-offers">
            <h2 id="h-offers">{t('deal.offers')}</h2>
            <ol class="offers">
              {offers.map((o) => (
                <OfferRow
                  t={t}
                  offer={o}
                  deal={deal}
                  canAccept={o.status === 'pending' && side !== null && o.side !== side && negotiable}
                />
              ))}
            </ol>
            {negotiable && side ? (
              <details class="panel" open={offerForm ? true : undefined} id="counter">
                <summary>{t('deal.counterTitle')}</summary>
                {offerForm ? <ErrorSummary errors={offerForm.errors} t={t} labels={{}} /> : null}
                <form method="post" action={`/deals/${deal.id}/offers`} novalidate>
                  <OfferFields
                    t={t}
                    modes={modes}
                    values={counterValues}
                    errors={offerForm?.errors ?? {}}
                    message
                  />
                  <button class="btn secondary" type="submit">
                    {t('deal.counter')}
                  </button>
                </form>
              </details>
            ) : null}
          </section>
          <ContractSection t={t} deal={deal} contract={contract} side={side} />
          {milestones.length ? (
            <section aria-labelledby="h-ms" id="milestones">
              <h2 id="h-ms">{t('deal.milestonesTitle')}</h2>
              <ol class="milestones">
                {milestones.map((m) => (
                  <MilestoneRow t={t} deal={deal} m={m} payment={paymentOf.get(m.id)} v={msView} />
                ))}
              </ol>
            </section>
          ) : null}
          <Timeline t={t} entries={timeline} names={names} milestones={milestones} payments={payments} />
        </div>
        <div>
          <section class="panel" aria-labelledby="h-parties">
            <h2 id="h-parties">{t('deal.parties')}</h2>
            <dl class="facts">
              {listing ? (
                <>
                  <dt>{t('inq.listing')}</dt>
                  <dd>
                    <a href={`/listings/${listing.id}`}>{t.pick(listing.titleZh, listing.titleEn)}</a>
                  </dd>
                </>
              ) : null}
              <dt>{t('deal.buyer')}</dt>
              <dd>{orgName(deal.buyerOrgId)}</dd>
              <dt>{t('deal.seller')}</dt>
              <dd>{orgName(deal.sellerOrgId)}</dd>
              <dt>{t('deal.broker')}</dt>
              <dd>{deal.brokerUserId ? (names.get(deal.brokerUserId) ?? '—') : t('deal.none')}</dd>
              <dt>{t('deal.mode')}</dt>
              <dd>{t(`mode.${deal.mode}` as MessageKey)}</dd>
              {deal.amount ? (
                <>
                  <dt>{t('listing.price')}</dt>
                  <dd class="price">{t.money(deal.amount, deal.currency)}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <DealActions t={t} deal={deal} allowed={allowed} brokers={brokers} form={form} />
          <LedgerPanel t={t} ledger={ledger} />
        </div>
      </div>
    </article>,
    { title, privatePage: true },
  );
}
