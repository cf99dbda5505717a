import { type Context, Hono } from 'hono';
import type { WebhookDelivery } from '../../schema/types';
import type { AppEnv } from '../../worker/env';
import { webhookRuntime } from '../../worker/modules/webhooks/routes';
import {
  getEndpoint,
  listDeliveries,
  pingEndpoint,
  retryDelivery,
  type WebhookRuntime,
} from '../../worker/modules/webhooks/service';
import { AdminNav } from '../components/admin-nav';
import type { WebContext, WebEnv } from '../env';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, tenantAdmin } from './helpers';

// One endpoint's deliveries (newest first, cursor pages) with a retry button on each, and the
// test ping. Sending happens in the post; the page after the redirect says how it went.

export const adminWebhookDeliveryRoutes = new Hono<WebEnv>();

/** The same HTTP client and URL policy as the API routes. */
export const webhookPageRuntime = (c: WebContext): WebhookRuntime =>
  webhookRuntime(c as unknown as Context<AppEnv>);

export function DeliveryState({ t, d }: { t: Translator; d: WebhookDelivery }) {
  const cls = d.status === 'succeeded' ? 'tag state' : d.status === 'pending' ? 'tag' : 'tag hot';
  return <span class={cls}>{t(`whstate.${d.status}` as MessageKey)}</span>;
}

function outcome(t: Translator, d: WebhookDelivery): string {
  if (d.status === 'succeeded') return t('webhooks.sentOk', { code: d.lastStatusCode ?? 200 });
  return t('webhooks.sentFailed', { error: d.lastError ?? '—' });
}

function DeliveryRow({ t, d, endpointId }: { t: Translator; d: WebhookDelivery; endpointId: string }) {
  return (
    <tr id={`d-${d.id}`}>
      <td>
        {t(`whevent.${d.eventType}` as MessageKey)}
        <div class="muted">
          <code>{d.eventId}</code>
        </div>
      </td>
      <td>{t.date(d.createdAt)}</td>
      <td>
        <DeliveryState t={t} d={d} />
      </td>
      <td>{String(d.attempts)}</td>
      <td>{d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}</td>
      <td>{d.nextAttemptAt && d.status === 'failed' ? t.date(d.nextAttemptAt) : '—'}</td>
      <td>
        <form method="post" action={`/admin/webhooks/${endpointId}/deliveries/${d.id}/retry`}>
          <button
            class="btn secondary"
            type="submit"
            aria-label={t('webhooks.forUrl', { action: t('webhooks.retry'), url: d.eventId })}
          >
            {t('webhooks.retry')}
          </button>
        </form>
      </td>
    </tr>
  );
}

adminWebhookDeliveryRoutes.get('/admin/webhooks/:id', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const endpoint = await getEndpoint(ctx, c.req.param('id'));
  const cursor = c.req.query('cursor');
  const page = await listDeliveries(ctx, endpoint.id, {
    limit: 25,
    cursor: cursor && /^whd_[0-9A-Z]{26}$/.test(cursor) ? cursor : undefined,
  });
  const sentId = c.req.query('sent');
  const sent = sentId ? page.items.find((d) => d.id === sentId) : undefined;
  return c.render(
    <>
      <AdminNav t={t} current="/admin/webhooks" platform={user.isPlatformAdmin} />
      <p>
        <a href="/admin/webhooks">← {t('webhooks.back')}</a>
      </p>
      <h1>{t('webhooks.deliveriesTitle')}</h1>
      <p>
        <code>{endpoint.url}</code>
      </p>
      {sent ? (
        <p class={sent.status === 'succeeded' ? 'notice' : 'alert'} role="status">
          {outcome(t, sent)}
        </p>
      ) : null}
      <form method="post" action={`/admin/webhooks/${endpoint.id}/test`}>
        <button class="btn" type="submit" disabled={!endpoint.active}>
          {t('webhooks.test')}
        </button>
      </form>
      <section aria-labelledby="h-deliveries" class="panel">
        <h2 id="h-deliveries">{t('webhooks.deliveries')}</h2>
        {page.items.length === 0 ? (
          <p>{t('webhooks.noDeliveriesYet')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.event')}</th>
                  <th scope="col">{t('webhooks.time')}</th>
                  <th scope="col">{t('webhooks.status')}</th>
                  <th scope="col">{t('webhooks.attempts')}</th>
                  <th scope="col">{t('webhooks.response')}</th>
                  <th scope="col">{t('webhooks.nextAttempt')}</th>
                  <th scope="col">{t('webhooks.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <DeliveryRow t={t} d={d} endpointId={endpoint.id} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav class="pager" aria-label={t('webhooks.deliveries')}>
          {cursor ? <a href={`/admin/webhooks/${endpoint.id}`}>{t('webhooks.newest')}</a> : null}
          {page.nextCursor ? (
            <a rel="next" href={`/admin/webhooks/${endpoint.id}?cursor=${page.nextCursor}`}>
              {t('webhooks.older')} →
            </a>
          ) : null}
        </nav>
      </section>
    </>,
    { title: t('webhooks.deliveriesTitle'), privatePage: true },
  );
});

adminWebhookDeliveryRoutes.post('/admin/webhooks/:id/test', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const d = await pingEndpoint(ctxOf(c), c.req.param('id'), webhookPageRuntime(c));
  return c.redirect(`/admin/webhooks/${d.endpointId}?sent=${d.id}`, 303);
});

adminWebhookDeliveryRoutes.post('/admin/webhooks/:id/deliveries/:deliveryId/retry', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const d = await retryDelivery(ctxOf(c), id, c.req.param('deliveryId'), webhookPageRuntime(c));
  return c.redirect(`/admin/webhooks/${id}?sent=${d.id}#d-${d.id}`, 303);
});
