import { Hono } from 'hono';
import type { z } from 'zod';
import { Forbidden, NotFound } from '../../../worker/lib/errors';
import type { ServiceContext } from '../../../worker/lib/service-context';
import type { DealAccess } from '../../../worker/modules/deals/access';
import { signContract } from '../../../worker/modules/deals/contract';
import {
  acceptMilestone,
  deliverMilestone,
  payMilestone,
  requestChanges,
  resolveDispute,
} from '../../../worker/modules/deals/milestones';
import { acceptOffer, makeOffer } from '../../../worker/modules/deals/offers';
import { BrokerBody, OfferBody, ReasonBody, ResolveBody } from '../../../worker/modules/deals/schemas';
import { assignBroker, cancelDeal, dealDetail, disputeDeal } from '../../../worker/modules/deals/service';
import { getListing } from '../../../worker/modules/listings/service';
import { confirmBankReceipt, paymentsOfDeal } from '../../../worker/modules/payments/service';
import type { WebContext, WebEnv } from '../../env';
import { parseOfferForm } from '../../forms/offer';
import { type FormValues, fieldErrors, one, readForm, serviceErrors } from '../../forms/values';
import { ctxOf, signedIn } from '../helpers';
import { offerField } from './offer-fields';
import { renderRoom } from './room';
import { formRefusal, payCtx } from './shared';

// Everything posted from the deal room. Each action checks who may take it before reading the
// form (a forged post gets the 403 or 404 page, not a form error), validates with the API's own
// schema, and re-renders the room with the input and the errors when refused.

export const roomRoutes = new Hono<WebEnv>();

roomRoutes.get('/deals/:id', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  return renderRoom(c, c.req.param('id'));
});

roomRoutes.post('/deals/:id/offers', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const ctx = ctxOf(c);
  const { deal } = await dealDetail(ctx, id); // 404 for outsiders before anything else
  const modes = deal.listingId ? (await getListing(ctx, deal.listingId)).listing.modes : [deal.mode];
  const values = await readForm(c.req);
  const parsed = parseOfferForm(values, modes, c.var.t);
  if (parsed.errors) return renderRoom(c, id, { kind: 'offer', values, errors: parsed.errors });
  const body = OfferBody.safeParse({ currency: 'CNY', ...parsed.data });
  if (!body.success)
    return renderRoom(c, id, {
      kind: 'offer',
      values,
      errors: fieldErrors(body.error, c.var.t, { fieldOf: offerField }),
    });
  try {
    await makeOffer(ctx, id, body.data);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderRoom(c, id, { kind: 'offer', values, errors });
  }
  return c.redirect(`/deals/${id}#h-offers`, 303);
});

roomRoutes.post('/deals/:id/offers/:oid/accept', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  await acceptOffer(ctxOf(c), id, c.req.param('oid'));
  return c.redirect(`/deals/${id}#contract`, 303);
});

roomRoutes.post('/deals/:id/sign', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  await signContract(ctxOf(c), id, one(await readForm(c.req), 'contentHash'));
  return c.redirect(`/deals/${id}#contract`, 303);
});

roomRoutes.post('/deals/:id/milestones/:mid/pay', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  await payMilestone(payCtx(c), id, mid);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

roomRoutes.post('/deals/:id/milestones/:mid/deliver', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  const title = one(await readForm(c.req), 'title').trim();
  if (!title) return c.redirect(`/deals/${id}#ms-${mid}`, 303);
  await deliverMilestone(ctxOf(c), id, mid, [{ title: title.slice(0, 200) }]);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

roomRoutes.post('/deals/:id/milestones/:mid/accept', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, mid } = c.req.param();
  await acceptMilestone(payCtx(c), id, mid);
  return c.redirect(`/deals/${id}#ms-${mid}`, 303);
});

roomRoutes.post('/deals/:id/payments/:pid/confirm', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { id, pid } = c.req.param();
  const ctx = ctxOf(c);
  await dealDetail(ctx, id); // 404 for outsiders
  if (!(await paymentsOfDeal(ctx.db, id)).some((p) => p.id === pid)) throw new NotFound('Payment', pid);
  const values = await readForm(c.req);
  const date = one(values, 'receivedAt').trim();
  await confirmBankReceipt(payCtx(c), pid, {
    amount: Number(one(values, 'amount')),
    evidence: {
      bankReference: one(values, 'bankReference').trim() || undefined,
      receivedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : undefined,
    },
  });
  return c.redirect(`/deals/${id}#milestones`, 303);
});

// ---------------------------------------------------------------- actions with a reason

interface Action<S extends z.ZodType> {
  /** The room form that posted it (RoomForm.kind). */
  kind: (c: WebContext) => string;
  /** Who may take it, as the API decides; anyone else gets the 403 page. */
  may: (access: DealAccess) => boolean;
  schema: S;
  /** The API body from the form, and which form field each body field is. */
  body: (values: FormValues, c: WebContext) => unknown;
  field: (path: PropertyKey[], c: WebContext) => string;
  run: (c: WebContext, ctx: ServiceContext, id: string, input: z.infer<S>) => Promise<unknown>;
  anchor: (c: WebContext) => string;
}

function action<S extends z.ZodType>(a: Action<S>) {
  return async (c: WebContext) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const id = c.req.param('id') as string;
    const ctx = ctxOf(c);
    const { access } = await dealDetail(ctx, id); // 404 for outsiders
    if (!a.may(access)) throw new Forbidden('Not yours to do in this deal.');
    const values = await readForm(c.req);
    const kind = a.kind(c);
    const parsed = a.schema.safeParse(a.body(values, c));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, c.var.t, { fieldOf: (p) => a.field(p, c) });
      return renderRoom(c, id, { kind, values, errors });
    }
    try {
      await a.run(c, ctx, id, parsed.data);
    } catch (error) {
      const errors = formRefusal(error, c.var.t, a.field([], c));
      if (!errors) throw error;
      return renderRoom(c, id, { kind, values, errors });
    }
    return c.redirect(`/deals/${id}#${a.anchor(c)}`, 303);
  };
}

const party = (a: DealAccess) => a.side !== null;
const mid = (c: WebContext) => c.req.param('mid') as string;

roomRoutes.post(
  '/deals/:id/milestones/:mid/request-changes',
  action({
    kind: (c) => `changes:${mid(c)}`,
    may: (a) => a.side === 'buyer',
    schema: ReasonBody,
    body: (v, c) => ({ reason: one(v, `changes-${mid(c)}`) }),
    field: (_p, c) => `changes-${mid(c)}`,
    run: (c, ctx, id, input) => requestChanges(ctx, id, mid(c), input.reason),
    anchor: (c) => `ms-${mid(c)}`,
  }),
);

roomRoutes.post(
  '/deals/:id/cancel',
  action({
    kind: () => 'cancel',
    may: (a) => party(a) || a.isAdmin,
    schema: ReasonBody,
    body: (v) => ({ reason: one(v, 'cancelReason') }),
    field: () => 'cancelReason',
    // With the rail, so a cancellation that returns escrow refunds the buyer at once.
    run: (c, _ctx, id, input) => cancelDeal(payCtx(c), id, input.reason),
    anchor: () => 'timeline',
  }),
);

roomRoutes.post(
  '/deals/:id/dispute',
  action({
    kind: () => 'dispute',
    may: party,
    schema: ReasonBody,
    body: (v) => ({ reason: one(v, 'disputeReason') }),
    field: () => 'disputeReason',
    run: (_c, ctx, id, input) => disputeDeal(ctx, id, input.reason),
    anchor: () => 'timeline',
  }),
);

roomRoutes.post(
  '/deals/:id/resolve',
  action({
    kind: () => 'resolve',
    may: (a) => a.isAdmin,
    schema: ResolveBody,
    body: (v) => ({ outcome: one(v, 'outcome'), reason: one(v, 'resolveReason') }),
    field: (p) => (p[0] === 'outcome' ? 'outcome' : 'resolveReason'),
    run: (c, _ctx, id, input) => resolveDispute(payCtx(c), id, input.outcome, input.reason),
    anchor: () => 'milestones',
  }),
);

roomRoutes.post(
  '/deals/:id/broker',
  action({
    kind: () => 'broker',
    // The API lets the seller assign one too; the room offers it to admins.
    may: (a) => a.isAdmin || a.side === 'seller',
    schema: BrokerBody,
    body: (v) => ({ brokerUserId: one(v, 'brokerUserId') }),
    field: () => 'brokerUserId',
    run: (_c, ctx, id, input) => assignBroker(ctx, id, input.brokerUserId),
    anchor: () => 'h-parties',
  }),
);
