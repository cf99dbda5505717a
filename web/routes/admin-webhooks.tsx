import { Hono } from 'hono';
import type { WebhookDelivery, WebhookEndpoint } from '../../schema/types';
import type { UserActor } from '../../worker/lib/access';
import { DomainError } from '../../worker/lib/errors';
import { WEBHOOK_EVENT_TYPES } from '../../worker/modules/webhooks/events';
import { CreateWebhookBody } from '../../worker/modules/webhooks/schemas';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  latestDeliveries,
  listEndpoints,
  rotateSecret,
  updateEndpoint,
} from '../../worker/modules/webhooks/service';
import { AdminNav } from '../components/admin-nav';
import { ChoiceGroup, ErrorSummary, TextField } from '../components/fields';
import type { WebContext, WebEnv } from '../env';
import { type FieldErrors, type FormValues, fieldErrors, many, one, readForm } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { DeliveryState, webhookPageRuntime } from './admin-webhook-deliveries';
import { ctxOf, tenantAdmin } from './helpers';

// Outgoing webhooks: the endpoint list with each one's last delivery, the add form (inline
// errors, input kept), the secret shown once after adding or rotating, disable/enable, delete.

export const adminWebhookRoutes = new Hono<WebEnv>();

const eventLabel = (t: Translator, type: string) => t(`whevent.${type}` as MessageKey);

function EndpointRow({ t, e, last }: { t: Translator; e: WebhookEndpoint; last?: WebhookDelivery }) {
  const forUrl = (action: string) => t('webhooks.forUrl', { action, url: e.url });
  return (
    <tr id={`w-${e.id}`}>
      <td>
        <code>{e.url}</code>
        {e.description ? <div class="muted">{e.description}</div> : null}
      </td>
      <td>
        {e.eventTypes.length === 0
          ? t('webhooks.allEvents')
          : e.eventTypes.map((x) => eventLabel(t, x)).join('、')}
      </td>
      <td>
        <span class={e.active ? 'tag state' : 'tag'}>
          {t(e.active ? 'webhooks.active' : 'webhooks.disabled')}
        </span>
      </td>
      <td>
        {last ? (
          <>
            <DeliveryState t={t} d={last} /> <span class="muted">{t.date(last.createdAt)}</span>
          </>
        ) : (
          <span class="muted">{t('webhooks.noDeliveries')}</span>
        )}
      </td>
      <td>
        <div class="actions">
          <a href={`/admin/webhooks/${e.id}`} aria-label={forUrl(t('webhooks.deliveries'))}>
            {t('webhooks.deliveries')}
          </a>
          <form method="post" action={`/admin/webhooks/${e.id}/test`}>
            <button
              class="btn secondary"
              type="submit"
              aria-label={forUrl(t('webhooks.test'))}
              disabled={!e.active}
            >
              {t('webhooks.test')}
            </button>
          </form>
          <form method="post" action={`/admin/webhooks/${e.id}/${e.active ? 'disable' : 'enable'}`}>
            <button
              class="btn secondary"
              type="submit"
              aria-label={forUrl(t(e.active ? 'webhooks.disable' : 'webhooks.enable'))}
            >
              {t(e.active ? 'webhooks.disable' : 'webhooks.enable')}
            </button>
          </form>
          <form method="post" action={`/admin/webhooks/${e.id}/rotate`}>
            <button class="btn secondary" type="submit" aria-label={forUrl(t('webhooks.rotate'))}>
              {t('webhooks.rotate')}
            </button>
          </form>
          <form method="post" action={`/admin/webhooks/${e.id}/delete`}>
            <button class="btn danger" type="submit" aria-label={forUrl(t('webhooks.delete'))}>
              {t('webhooks.delete')}
            </button>
          </form>
        </div>
      </td>
    </tr>
  );
}

function AddForm({ t, v, errors }: { t: Translator; v: FormValues; errors: FieldErrors }) {
  const labels = {
    url: t('webhooks.url'),
    description: t('webhooks.description'),
    eventTypes: t('webhooks.eventTypes'),
  };
  return (
    <form class="form" method="post" action="/admin/webhooks" novalidate>
      <ErrorSummary errors={errors} t={t} labels={labels} />
      <TextField
        name="url"
        type="url"
        label={labels.url}
        hint={t('webhooks.urlHint')}
        value={one(v, 'url')}
        errors={errors}
        required
      />
      <TextField
        name="description"
        label={labels.description}
        hint={t('webhooks.descriptionHint')}
        value={one(v, 'description')}
        errors={errors}
      />
      <ChoiceGroup
        name="eventTypes"
        label={labels.eventTypes}
        values={many(v, 'eventTypes')}
        errors={errors}
        options={WEBHOOK_EVENT_TYPES.map((x) => ({ value: x, label: eventLabel(t, x) }))}
      />
      <button class="btn" type="submit">
        {t('webhooks.create')}
      </button>
    </form>
  );
}

function notice(c: WebContext, endpoints: WebhookEndpoint[]): string | null {
  const t = c.var.t;
  const deleted = c.req.query('deleted');
  if (deleted) return t('webhooks.deletedMsg', { url: deleted });
  const changed = endpoints.find((e) => e.id === c.req.query('changed'));
  if (changed)
    return t(changed.active ? 'webhooks.enabledMsg' : 'webhooks.disabledMsg', { url: changed.url });
  return null;
}

async function renderList(c: WebContext, user: UserActor, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const endpoints = await listEndpoints(ctx);
  const last = await latestDeliveries(
    ctx,
    endpoints.map((e) => e.id),
  );
  const message = notice(c, endpoints);
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <AdminNav t={t} current="/admin/webhooks" platform={user.isPlatformAdmin} />
      <h1>{t('admin.webhooks')}</h1>
      <p class="muted">{t('webhooks.intro')}</p>
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : null}
      <section aria-labelledby="h-webhooks" class="panel">
        <h2 id="h-webhooks">{t('webhooks.list')}</h2>
        {endpoints.length === 0 ? (
          <p>{t('webhooks.none')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.url')}</th>
                  <th scope="col">{t('webhooks.events')}</th>
                  <th scope="col">{t('webhooks.status')}</th>
                  <th scope="col">{t('webhooks.lastDelivery')}</th>
                  <th scope="col">{t('webhooks.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <EndpointRow t={t} e={e} last={last.get(e.id)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="h-new-webhook" class="panel">
        <h2 id="h-new-webhook">{t('webhooks.add')}</h2>
        <AddForm t={t} v={v} errors={errors} />
      </section>
    </>,
    { title: t('admin.webhooks'), privatePage: true },
  );
}

/** The only time a secret exists in clear on a page: never cached, never in a URL. */
function secretPage(
  c: WebContext,
  user: UserActor,
  endpoint: WebhookEndpoint,
  secret: string,
  rotated: boolean,
) {
  const t = c.var.t;
  const title = t(rotated ? 'webhooks.rotatedTitle' : 'webhooks.createdTitle');
  c.header('cache-control', 'no-store');
  return c.render(
    <>
      <AdminNav t={t} current="/admin/webhooks" platform={user.isPlatformAdmin} />
      <h1>{title}</h1>
      <p class="alert" role="alert">
        {t('webhooks.onceWarning')}
      </p>
      <p>
        <code>{endpoint.url}</code>
      </p>
      <p class="secret-label" id="new-secret-label">
        {t('webhooks.secretLabel')}
      </p>
      <code class="secret" id="new-secret" tabindex={0}>
        {secret}
      </code>
      <p>
        <a class="btn secondary" href="/admin/webhooks">
          {t('webhooks.back')}
        </a>
      </p>
    </>,
    { title, privatePage: true },
  );
}

adminWebhookRoutes.get('/admin/webhooks', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  return renderList(c, user, {}, {});
});

adminWebhookRoutes.post('/admin/webhooks', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const v = await readForm(c.req);
  const parsed = CreateWebhookBody.safeParse({
    url: one(v, 'url'),
    description: one(v, 'description').trim() || undefined,
    eventTypes: many(v, 'eventTypes'),
  });
  if (!parsed.success) return renderList(c, user, v, fieldErrors(parsed.error, t));
  try {
    const { endpoint, secret } = await createEndpoint(ctxOf(c), parsed.data, webhookPageRuntime(c));
    return secretPage(c, user, endpoint, secret, false);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation') throw error;
    return renderList(c, user, v, { url: t('err.webhookUrl') });
  }
});

adminWebhookRoutes.post('/admin/webhooks/:id/rotate', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const { endpoint, secret } = await rotateSecret(ctxOf(c), c.req.param('id'));
  return secretPage(c, user, endpoint, secret, true);
});

for (const [step, active] of [
  ['disable', false],
  ['enable', true],
] as const) {
  adminWebhookRoutes.post(`/admin/webhooks/:id/${step}`, async (c) => {
    const user = tenantAdmin(c);
    if (user instanceof Response) return user;
    const row = await updateEndpoint(ctxOf(c), c.req.param('id'), { active }, webhookPageRuntime(c));
    return c.redirect(`/admin/webhooks?changed=${encodeURIComponent(row.id)}#w-${row.id}`, 303);
  });
}

adminWebhookRoutes.post('/admin/webhooks/:id/delete', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const ctx = ctxOf(c);
  const endpoint = await getEndpoint(ctx, c.req.param('id'));
  await deleteEndpoint(ctx, endpoint.id);
  return c.redirect(`/admin/webhooks?deleted=${encodeURIComponent(endpoint.url)}`, 303);
});
