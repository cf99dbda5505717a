import { Hono } from 'hono';
import type { Listing } from '../../schema/types';
import { CreateDealBody } from '../../worker/modules/deals/schemas';
import { createDeal } from '../../worker/modules/deals/service';
import {
  createInquiry,
  getInquiry,
  listInquiries,
  postMessage,
} from '../../worker/modules/inquiries/service';
import { getListing } from '../../worker/modules/listings/service';
import { acceptNda, ndaOf } from '../../worker/modules/nda/service';
import { ErrorSummary } from '../components/fields';
import type { WebContext, WebEnv } from '../env';
import { defaultOfferValues, parseOfferForm } from '../forms/offer';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  serviceErrors,
} from '../forms/values';
import type { MessageKey } from '../i18n/index';
import { checkoutRoutes } from './deals/checkout';
import { inboxRoutes } from './deals/inbox';
import { OfferFields, offerField } from './deals/offer-fields';
import { roomRoutes } from './deals/room-routes';
import { ID, userNames } from './deals/shared';
import { ctxOf, signedIn } from './helpers';

// The deal pages: inquiry threads, the NDA and making an offer here; the deal room, card
// checkout and the inquiry inbox under deals/. Every step calls the same services as the API
// (worker/modules/{inquiries,nda,deals,payments,ledger}).

export const dealRoutes = new Hono<WebEnv>();

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

// The deal room and everything posted from it: web/routes/deals/.
dealRoutes.route('/', roomRoutes);
dealRoutes.route('/', checkoutRoutes);
dealRoutes.route('/', inboxRoutes);
