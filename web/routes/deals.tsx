import { inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { users } from '../../schema/index';
import type { Deal, DealMilestone, DealOffer, Listing, Payment } from '../../schema/types';
import { isTenantAdmin } from '../../worker/lib/access';
import { NotFound } from '../../worker/lib/errors';
import { contractWithSignatures, signContract } from '../../worker/modules/deals/contract';
import { acceptMilestone, deliverMilestone, payMilestone } from '../../worker/modules/deals/milestones';
import { acceptOffer, makeOffer } from '../../worker/modules/deals/offers';
import { CreateDealBody, OfferBody } from '../../worker/modules/deals/schemas';
import { createDeal, dealDetail } from '../../worker/modules/deals/service';
import {
  createInquiry,
  getInquiry,
  listInquiries,
  postMessage,
} from '../../worker/modules/inquiries/service';
import { dealLedger } from '../../worker/modules/ledger/service';
import { getListing } from '../../worker/modules/listings/service';
import { acceptNda, ndaOf } from '../../worker/modules/nda/service';
import {
  confirmBankReceipt,
  type PaymentContext,
  paymentProvider,
  paymentsOfDeal,
} from '../../worker/modules/payments/service';
import { ErrorSummary, SelectField, TextField } from '../components/fields';
import { orgNames } from '../data/market';
import type { WebContext, WebEnv } from '../env';
import { defaultOfferValues, MILESTONE_ROWS, parseOfferForm } from '../forms/offer';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  serviceErrors,
} from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { minorToWan } from '../i18n/index';
import { ctxOf, signedIn } from './helpers';

// The deal pages: inquiry threads, the NDA, making an offer and the deal room. Every step calls
// the same services as the API (worker/modules/{inquiries,nda,deals,payments,ledger}).

export const dealRoutes = new Hono<WebEnv>();

const payCtx = (c: WebContext): PaymentContext => ({ ...ctxOf(c), payments: paymentProvider(c.var.deps) });
const ID = /^[a-z]+_[0-9A-Z]{26}$/;

// ---------------------------------------------------------------- inquiries (咨询)

/** A buyer's question from the listing page: a new thread, or a new message in the open one. */
dealRoutes.post('/listings/:id/inquiries', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const message = one(await readForm(c.req), 'message').trim();
  if (message.length < 2) return c.redirect(`/listings/${id}?inquiry=empty#inquire`, 303);
  const ctx = ctxOf(c);
  const mine = (await listInquiries(ctx, id, { limit: 20 })).find(
    (i) => i.buyerUserId === user.user.id && i.status === 'open',
  );
  if (mine) {
    await postMessage(ctx, mine.id, message);
    return c.redirect(`/inquiries/${mine.id}`, 303);
  }
  const subject = message.length > 60 ? `${message.slice(0, 59)}…` : message;
  const inquiry = await createInquiry(ctx, id, { subject, message });
  return c.redirect(`/inquiries/${inquiry.id}`, 303);
});

dealRoutes.get('/inquiries/:id', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const { inquiry, messages } = await getInquiry(ctx, c.req.param('id'));
  const { listing } = await getListing(ctx, inquiry.listingId);
  const authors = await userNames(
    c,
    messages.map((m) => m.authorUserId),
  );
  const title = t('inq.title', { subject: inquiry.subject });
  return c.render(
    <article>
      <h1>{title}</h1>
      <p>
        {t('inq.listing')}：<a href={`/listings/${listing.id}`}>{t.pick(listing.titleZh, listing.titleEn)}</a>
      </p>
      <section class="panel" aria-labelledby="h-thread">
        <h2 id="h-thread">{t('inq.thread')}</h2>
        <ol class="thread">
          {messages.map((m) => (
            <li class={`msg ${m.side}`} id={`m-${m.id}`}>
              <p class="muted">
                <strong>{t(`inq.side.${m.side}` as MessageKey)}</strong> · {authors.get(m.authorUserId) ?? ''}{' '}
                · {t.date(m.createdAt)}
              </p>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      </section>
      {inquiry.status === 'open' ? (
        <form class="panel" method="post" action={`/inquiries/${inquiry.id}/messages`}>
          <div class="field">
            <label for="f-reply">{t('inq.replyLabel')}</label>
            <textarea id="f-reply" name="body" rows={4} required minlength={1} maxlength={4000} />
          </div>
          <button class="btn" type="submit">
            {t('inq.reply')}
          </button>
        </form>
      ) : (
        <p class="notice">{t('inq.closed')}</p>
      )}
    </article>,
    { title, privatePage: true },
  );
});

dealRoutes.post('/inquiries/:id/messages', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const body = one(await readForm(c.req), 'body').trim();
  if (body) await postMessage(ctxOf(c), id, body);
  return c.redirect(`/inquiries/${id}`, 303);
});

// ---------------------------------------------------------------- NDA (保密协议)

dealRoutes.get('/listings/:id/nda', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const id = c.req.param('id');
  const ctx = ctxOf(c);
  const { listing } = await getListing(ctx, id);
  const { nda, accepted } = await ndaOf(ctx, id);
  const text = t.pick(nda.textZh, nda.textEn);
  return c.render(
    <article>
      <p>
        <a href={`/listings/${id}`}>← {t.pick(listing.titleZh, listing.titleEn)}</a>
      </p>
      <h1>{t('nda.title')}</h1>
      <section class="panel" aria-label={t('nda.title')}>
        <p class="muted">
          {t('nda.version', { n: nda.version })} · {t('nda.hash')}: <code>{nda.contentHash}</code>
        </p>
        {text.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </section>
      {accepted ? (
        <>
          <p class="notice">{t('nda.accepted', { date: t.date(accepted.acceptedAt) })}</p>
          <p>
            <a class="btn" href={`/listings/${id}#confidential`}>
              {t('nda.show')}
            </a>
          </p>
        </>
      ) : (
        <form method="post" action={`/listings/${id}/nda`}>
          <input type="hidden" name="version" value={String(nda.version)} />
          <input type="hidden" name="contentHash" value={nda.contentHash} />
          <button class="btn" type="submit">
            {t('nda.accept')}
          </button>
        </form>
      )}
    </article>,
    { title: t('nda.title'), privatePage: true },
  );
});

dealRoutes.post('/listings/:id/nda', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const values = await readForm(c.req);
  await acceptNda(ctxOf(c), id, {
    version: Number(one(values, 'version')),
    contentHash: one(values, 'contentHash'),
  });
  return c.redirect(`/listings/${id}#confidential`, 303);
});

// ---------------------------------------------------------------- offers (发起交易 / 报价)

function OfferFields({
  t,
  modes,
  values,
  errors,
  message,
}: {
  t: Translator;
  modes: readonly string[];
  values: FormValues;
  errors: FieldErrors;
  message?: boolean;
}) {
  return (
    <>
      <SelectField
        name="mode"
        label={t('deal.mode')}
        errors={errors}
        value={one(values, 'mode')}
        options={modes.map((m) => ({ value: m, label: t(`mode.${m}` as MessageKey) }))}
        required
      />
      <TextField
        name="amount"
        label={t('deal.amount')}
        errors={errors}
        value={one(values, 'amount')}
        inputmode="decimal"
        required
      />
      <fieldset class="field">
        <legend>{t('deal.milestones')}</legend>
        <p class="hint">{t('deal.milestoneHint')}</p>
        {MILESTONE_ROWS.map((n) => (
          <div class="row">
            <TextField
              name={`m${n}Title`}
              label={t('deal.mTitle', { n })}
              errors={errors}
              value={one(values, `m${n}Title`)}
            />
            <TextField
              name={`m${n}Share`}
              label={t('deal.mShare')}
              errors={errors}
              value={one(values, `m${n}Share`)}
              inputmode="decimal"
            />
            <TextField
              name={`m${n}Due`}
              label={t('deal.mDue')}
              errors={errors}
              value={one(values, `m${n}Due`)}
              type="date"
            />
          </div>
        ))}
      </fieldset>
      <TextField
        name="terms"
        label={t('deal.terms')}
        errors={errors}
        value={one(values, 'terms')}
        multiline
        rows={3}
      />
      {message ? (
        <TextField
          name="message"
          label={t('deal.message')}
          errors={errors}
          value={one(values, 'message')}
          multiline
          rows={2}
        />
      ) : null}
    </>
  );
}

function renderNewDeal(c: WebContext, listing: Listing, values: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <article>
      <p>
        <a href={`/listings/${listing.id}`}>← {t.pick(listing.titleZh, listing.titleEn)}</a>
      </p>
      <h1>{t('deal.new')}</h1>
      <ErrorSummary errors={errors} t={t} labels={{ mode: t('deal.mode'), amount: t('deal.amount') }} />
      <form method="post" action={`/deals/new?listing=${listing.id}`} class="panel" novalidate>
        <OfferFields t={t} modes={listing.modes} values={values} errors={errors} />
        <button class="btn" type="submit">
          {t('deal.create')}
        </button>
      </form>
    </article>,
    { title: t('deal.new'), privatePage: true },
  );
}

/** A schema issue at milestones.N.field belongs to the form's row N+1. */
const offerField = (path: PropertyKey[]) => {
  if (path[0] === 'milestones' && typeof path[1] === 'number') {
    const suffix = path[2] === 'dueDate' ? 'Due' : path[2] === 'title' ? 'Title' : 'Share';
    return `m${path[1] + 1}${suffix}`;
  }
  return String(path[0] ?? '_form');
};

async function listingParam(c: WebContext) {
  const id = c.req.query('listing') ?? '';
  if (!ID.test(id)) return null;
  return (await getListing(ctxOf(c), id)).listing;
}

dealRoutes.get('/deals/new', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const listing = await listingParam(c);
  if (!listing) return c.redirect('/listings', 303);
  return renderNewDeal(c, listing, defaultOfferValues(listing, c.var.t.locale === 'zh'), {});
});

dealRoutes.post('/deals/new', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const listing = await listingParam(c);
  if (!listing) return c.redirect('/listings', 303);
  const values = await readForm(c.req);
  const parsed = parseOfferForm(values, listing.modes, c.var.t);
  if (parsed.errors) return renderNewDeal(c, listing, values, parsed.errors);
  const { message: _m, ...terms } = parsed.data;
  // The API's own schema checks the rest (lengths, limits), exactly as for POST /v1/deals.
  const body = CreateDealBody.safeParse({ listingId: listing.id, currency: 'CNY', ...terms });
  if (!body.success)
    return renderNewDeal(c, listing, values, fieldErrors(body.error, c.var.t, { fieldOf: offerField }));
  try {
    const deal = await createDeal(ctxOf(c), body.data);
    return c.redirect(`/deals/${deal.id}`, 303);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderNewDeal(c, listing, values, errors);
  }
});

// ---------------------------------------------------------------- the deal room (交易室)

async function userNames(c: WebContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await c.var.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function ActionButton({ action, label, kind = '' }: { action: string; label: string; kind?: string }) {
  return (
    <form method="post" action={action} class="inline">
      <button class={`btn ${kind}`} type="submit">
        {label}
      </button>
    </form>
  );
}

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

function MilestoneRow({
  t,
  deal,
  m,
  payment,
  side,
  admin,
  executing,
}: {
  t: Translator;
  deal: Deal;
  m: DealMilestone;
  payment?: Payment;
  side: string | null;
  admin: boolean;
  executing: boolean;
}) {
  const base = `/deals/${deal.id}/milestones/${m.id}`;
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
      {payment && payment.status !== 'succeeded' && (side === 'buyer' || admin) ? (
        <BankInstructions t={t} payment={payment} />
      ) : null}
      {executing && side === 'buyer' && m.status === 'pending' ? (
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
            {t('deal.deliver')}
          </button>
        </form>
      ) : null}
      {executing && side === 'buyer' && m.status === 'delivered' ? (
        <ActionButton action={`${base}/accept`} label={t('deal.acceptMs')} />
      ) : null}
    </li>
  );
}

async function renderRoom(c: WebContext, id: string, form?: { values: FormValues; errors: FieldErrors }) {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const { deal, access, offers, milestones } = await dealDetail(ctx, id);
  const withContract = ['agreed', 'signed', 'in_progress', 'completed', 'disputed', 'refunded'].includes(
    deal.status,
  );
  const [orgs, names, contract, payments, ledger, listing] = await Promise.all([
    orgNames(ctx.db, [deal.buyerOrgId, deal.sellerOrgId]),
    userNames(c, [deal.brokerUserId]),
    withContract ? contractWithSignatures(ctx, id) : null,
    paymentsOfDeal(ctx.db, id),
    dealLedger(ctx, id),
    deal.listingId
      ? getListing(ctx, deal.listingId)
          .then((r) => r.listing)
          .catch(() => null)
      : null,
  ]);
  const modes = listing?.modes ?? [deal.mode];
  const side = access.side;
  const admin = access.isAdmin || isTenantAdmin(ctx.actor);
  const negotiable = ['inquiry', 'negotiating', 'agreed'].includes(deal.status);
  const executing = ['signed', 'in_progress'].includes(deal.status);
  const orgName = (oid: string) => {
    const o = orgs.get(oid);
    return o ? t.pick(o.nameZh, o.nameEn) : oid;
  };
  const paymentOf = new Map(payments.map((p) => [p.milestoneId, p]));
  const latestOffer = [...offers].reverse().find((o) => o.status === 'pending');
  const counterValues: FormValues = form?.values ?? {
    ...defaultOfferValues({ modes }, t.locale === 'zh'),
    mode: (latestOffer ?? offers.at(-1))?.mode ?? deal.mode,
    amount: minorToWan((latestOffer ?? offers.at(-1))?.amount ?? deal.amount),
  };
  const title = t('deal.room', {
    title: deal.title ?? (listing ? t.pick(listing.titleZh, listing.titleEn) : deal.id),
  });
  if (form) c.status(422);
  const sideLabel = (s: string) => t(`deal.side.${s}` as MessageKey);
  return c.render(
    <article class="deal-room">
      <h1>{title}</h1>
      <ul class="meta">
        <li class="tag hot">
          {t('deal.status')}: {t(`dstate.${deal.status}` as MessageKey)}
        </li>
        <li class="tag">
          {t('deal.yourSide')}: {sideLabel(side ?? 'observer')}
        </li>
        {deal.registrationNumber ? (
          <li class="tag">
            {t('deal.registration')}: {deal.registrationNumber}
          </li>
        ) : null}
      </ul>
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
              <details class="panel" open={form ? true : undefined} id="counter">
                <summary>{t('deal.counterTitle')}</summary>
                {form ? <ErrorSummary errors={form.errors} t={t} labels={{}} /> : null}
                <form method="post" action={`/deals/${deal.id}/offers`} novalidate>
                  <OfferFields
                    t={t}
                    modes={modes}
                    values={counterValues}
                    errors={form?.errors ?? {}}
                    message
                  />
                  <button class="btn secondary" type="submit">
                    {t('deal.counter')}
                  </button>
                </form>
              </details>
            ) : null}
          </section>
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
          {milestones.length ? (
            <section aria-labelledby="h-ms" id="milestones">
              <h2 id="h-ms">{t('deal.milestonesTitle')}</h2>
              <ol class="milestones">
                {milestones.map((m) => (
                  <MilestoneRow
                    t={t}
                    deal={deal}
                    m={m}
                    payment={paymentOf.get(m.id)}
                    side={side}
                    admin={admin}
                    executing={executing}
                  />
                ))}
              </ol>
            </section>
          ) : null}
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
        </div>
      </div>
    </article>,
    { title, privatePage: true },
  );
}

dealRoutes.get('/deals/:id', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  return renderRoom(c, c.req.param('id'));
});

dealRoutes.post('/deals/:id/offers', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const ctx = ctxOf(c);
  const { deal } = await dealDetail(ctx, id); // 404 for outsiders before anything else
  const modes = deal.listingId ? (await getListing(ctx, deal.listingId)).listing.modes : [deal.mode];
  const values = await readForm(c.req);
  const parsed = parseOfferForm(values, modes, c.var.t);
  if (parsed.errors) return renderRoom(c, id, { values, errors: parsed.errors });
  const body = OfferBody.safeParse({ currency: 'CNY', ...parsed.data });
  if (!body.success)
    return renderRoom(c, id, { values, errors: fieldErrors(body.error, c.var.t, { fieldOf: offerField }) });
  try {
    await makeOffer(ctx, id, body.data);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderRoom(c, id, { values, errors });
  }
  return c.redirect(`/deals/${id}#h-offers`, 303);
});

dealRoutes.post('/deals/:id/offers/:oid/accept', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  await acceptOffer(ctxOf(c), id, c.req.param('oid'));
  return c.redirect(`/deals/${id}#contract`, 303);
});

dealRoutes.post('/deals/:id/sign', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  await signContract(ctxOf(c), id, one(await readForm(c.req), 'contentHash'));
  return c.redirect(`/deals/${id}#contract`, 303);
});

dealRoutes.post('/deals/:id/milestones/:mid/pay', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  await payMilestone(payCtx(c), id, mid);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

dealRoutes.post('/deals/:id/milestones/:mid/deliver', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  const title = one(await readForm(c.req), 'title').trim();
  if (!title) return c.redirect(`/deals/${id}#ms-${mid}`, 303);
  await deliverMilestone(ctxOf(c), id, mid, [{ title: title.slice(0, 200) }]);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

dealRoutes.post('/deals/:id/milestones/:mid/accept', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  await acceptMilestone(payCtx(c), id, mid);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

dealRoutes.post('/deals/:id/payments/:pid/confirm', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, pid } = c.req.param();
  const ctx = ctxOf(c);
  await dealDetail(ctx, id); // 404 for outsiders
  if (!(await paymentsOfDeal(ctx.db, id)).some((p) => p.id === pid)) throw new NotFound('Payment', pid);
  const values = await readForm(c.req);
  const date = one(values, 'receivedAt').trim();
  await confirmBankReceipt(ctx, pid, {
    amount: Number(one(values, 'amount')),
    evidence: {
      bankReference: one(values, 'bankReference').trim() || undefined,
      receivedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : undefined,
    },
  });
  return c.redirect(`/deals/${id}#milestones`, 303);
});
