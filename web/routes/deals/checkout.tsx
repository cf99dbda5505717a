import { Hono } from 'hono';
import { Forbidden, NotFound } from '../../../worker/lib/errors';
import { payMilestone } from '../../../worker/modules/deals/milestones';
import { dealDetail } from '../../../worker/modules/deals/service';
import { paymentProvider, paymentsOfDeal } from '../../../worker/modules/payments/service';
import type { WebContext, WebEnv } from '../../env';
import { ctxOf, signedIn } from '../helpers';
import { payCtx } from './shared';

// Card checkout (Stripe) for one milestone. POST starts (or reuses) the milestone's
// PaymentIntent and redirects to the page; the page mounts Stripe's Payment Element from
// js.stripe.com with the publishable key and the PaymentIntent's client secret, driven by
// /checkout.js (no inline script; the CSP allows Stripe on this path only, see
// web/middleware/security.ts). Stripe returns the buyer to the deal room, which says "processing"
// until the payment_intent.succeeded webhook marks the milestone paid.

export const checkoutRoutes = new Hono<WebEnv>();

const PATH = '/deals/:id/milestones/:mid/checkout';

function requireStripe(c: WebContext) {
  if (paymentProvider(c.var.deps).rail !== 'stripe')
    throw new NotFound('Card checkout (Stripe is not configured)');
}

checkoutRoutes.post(PATH, async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  requireStripe(c);
  const { id, mid } = c.req.param();
  await payMilestone(payCtx(c), id, mid); // buyer only, unpaid milestone of a running deal
  return c.redirect(`/deals/${id}/milestones/${mid}/checkout`, 303);
});

/** Where Stripe sends the buyer back: the deal room, at the milestone (Stripe adds its own query). */
function returnUrl(c: WebContext, id: string, mid: string) {
  const base = c.var.deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
  return new URL(`/deals/${id}?checkout=${mid}#ms-${mid}`, base).toString();
}

checkoutRoutes.get(PATH, async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  requireStripe(c);
  const t = c.var.t;
  const { id, mid } = c.req.param();
  const ctx = ctxOf(c);
  const { deal, access, milestones } = await dealDetail(ctx, id); // 404 for outsiders
  if (access.side !== 'buyer') throw new Forbidden('Only the buyer pays.');
  const m = milestones.find((x) => x.id === mid);
  if (!m) throw new NotFound('Milestone', mid);
  const payment = (await paymentsOfDeal(ctx.db, id)).find((p) => p.milestoneId === mid);
  const secret =
    payment?.instructions?.kind === 'card' ? String(payment.instructions.clientSecret ?? '') : '';
  const room = `/deals/${id}#ms-${mid}`;
  if (!payment || !secret || payment.status === 'succeeded') return c.redirect(room, 303);
  const key = c.var.deps.config.STRIPE_PUBLISHABLE_KEY;
  c.header('cache-control', 'no-store');
  const title = t('checkout.title');
  return c.render(
    <article class="checkout">
      <p>
        <a href={room}>← {t('checkout.back')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{t('checkout.deal')}</dt>
        <dd>{deal.title ?? deal.id}</dd>
        <dt>{t('checkout.milestone')}</dt>
        <dd>
          {m.seq}. {m.title}
        </dd>
        <dt>{t('checkout.amount')}</dt>
        <dd class="price">{t.money(payment.amount, payment.currency)}</dd>
      </dl>
      {key ? (
        <>
          <form
            id="checkout"
            class="panel"
            data-key={key}
            data-secret={secret}
            data-return-url={returnUrl(c, id, mid)}
            data-locale={t.locale === 'zh' ? 'zh' : 'en'}
            data-unavailable={t('checkout.unavailable')}
          >
            <div id="payment-element">
              <p class="muted" id="checkout-loading">
                {t('checkout.loading')}
              </p>
            </div>
            <p class="error" id="checkout-error" role="alert" hidden />
            <button class="btn" id="checkout-submit" type="submit" disabled>
              {t('checkout.pay', { amount: t.money(payment.amount, payment.currency) })}
            </button>
          </form>
          <noscript>
            <p class="alert">{t('checkout.noscript')}</p>
          </noscript>
          <p class="muted">{t('checkout.note')}</p>
          <script src="https://js.stripe.com/v3/" defer />
          <script src="/checkout.js" defer />
        </>
      ) : (
        <p class="alert">{t('checkout.noKey')}</p>
      )}
    </article>,
    { title, privatePage: true },
  );
});
