import { Hono } from 'hono';
import type { ApiKey } from '../../schema/types';
import type { UserActor } from '../../worker/lib/access';
import { CreateApiKeyBody } from '../../worker/modules/api-keys/routes';
import { createApiKey, listApiKeys, revokeApiKey } from '../../worker/modules/api-keys/service';
import { AdminNav } from '../components/admin-nav';
import { ChoiceGroup, ErrorSummary, TextField } from '../components/fields';
import type { WebContext, WebEnv } from '../env';
import { type FieldErrors, type FormValues, fieldErrors, many, one, readForm } from '../forms/values';
import type { Translator } from '../i18n/index';
import { ctxOf, tenantAdmin } from './helpers';

// API keys: create (the key is shown once, on the answer to the post), list and revoke.

export const adminKeyRoutes = new Hono<WebEnv>();

function labels(t: Translator): Record<string, string> {
  return { name: t('keys.name'), kind: t('keys.kind'), scopes: t('keys.scopes') };
}

function KeyTable({ t, keys }: { t: Translator; keys: ApiKey[] }) {
  if (keys.length === 0) return <p>{t('keys.none')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('keys.name')}</th>
            <th scope="col">{t('keys.kind')}</th>
            <th scope="col">{t('keys.prefix')}</th>
            <th scope="col">{t('keys.created')}</th>
            <th scope="col">{t('keys.lastUsed')}</th>
            <th scope="col">{t('keys.status')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr id={`k-${k.id}`}>
              <td>{k.name}</td>
              <td>{t(k.kind === 'secret' ? 'keys.short.secret' : 'keys.short.publishable')}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{t.date(k.createdAt)}</td>
              <td>{k.lastUsedAt ? t.date(k.lastUsedAt) : t('keys.never')}</td>
              <td>
                {k.revokedAt ? (
                  <span class="tag">{t('keys.revoked')}</span>
                ) : (
                  <form method="post" action={`/admin/keys/${k.id}/revoke`} class="actions">
                    <span class="tag state">{t('keys.active')}</span>
                    <button
                      class="btn danger"
                      type="submit"
                      aria-label={t('keys.revokeNamed', { name: k.name })}
                    >
                      {t('keys.revoke')}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function renderKeys(c: WebContext, user: UserActor, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const keys = await listApiKeys(ctxOf(c));
  const revoked = keys.find((k) => k.id === c.req.query('revoked'));
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <AdminNav t={t} current="/admin/keys" platform={user.isPlatformAdmin} />
      <h1>{t('admin.keys')}</h1>
      <p class="muted">{t('keys.intro')}</p>
      {revoked ? (
        <p class="notice" role="status">
          {t('keys.revokedMsg', { name: revoked.name })}
        </p>
      ) : null}
      <div class="grid main-side">
        <section aria-labelledby="h-keys" class="panel">
          <h2 id="h-keys">{t('keys.list')}</h2>
          <KeyTable t={t} keys={keys} />
        </section>
        <section aria-labelledby="h-new-key" class="panel">
          <h2 id="h-new-key">{t('keys.create')}</h2>
          <form class="form" method="post" action="/admin/keys" novalidate>
            <ErrorSummary errors={errors} t={t} labels={labels(t)} />
            <TextField
              name="name"
              label={t('keys.name')}
              hint={t('keys.nameHint')}
              value={one(v, 'name')}
              errors={errors}
              required
            />
            <ChoiceGroup
              name="kind"
              type="radio"
              label={t('keys.kind')}
              values={many(v, 'kind')}
              errors={errors}
              options={[
                { value: 'publishable', label: t('keys.kind.publishable') },
                { value: 'secret', label: t('keys.kind.secret') },
              ]}
            />
            <ChoiceGroup
              name="scopes"
              label={t('keys.scopes')}
              values={many(v, 'scopes')}
              errors={errors}
              options={[
                { value: 'admin', label: t('keys.scope.admin') },
                { value: 'write', label: t('keys.scope.write') },
              ]}
            />
            <button class="btn" type="submit">
              {t('keys.create')}
            </button>
          </form>
        </section>
      </div>
    </>,
    { title: t('admin.keys'), privatePage: true },
  );
}

adminKeyRoutes.get('/admin/keys', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  return renderKeys(c, user, { kind: 'publishable' }, {});
});

adminKeyRoutes.post('/admin/keys', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const v = await readForm(c.req);
  const parsed = CreateApiKeyBody.safeParse({
    name: one(v, 'name'),
    kind: one(v, 'kind'),
    scopes: many(v, 'scopes'),
  });
  if (!parsed.success) return renderKeys(c, user, v, fieldErrors(parsed.error, t));
  const { key, secret } = await createApiKey(ctxOf(c), parsed.data);
  // The only time the key exists in clear: never cache this answer, never put it in a URL.
  c.header('cache-control', 'no-store');
  return c.render(
    <>
      <AdminNav t={t} current="/admin/keys" platform={user.isPlatformAdmin} />
      <h1>{t('keys.createdTitle')}</h1>
      <p class="alert" role="alert">
        {t('keys.onceWarning')}
      </p>
      <p>
        {key.name} · {t(key.kind === 'secret' ? 'keys.kind.secret' : 'keys.kind.publishable')}
      </p>
      <p class="secret-label" id="new-key-label">
        {t('keys.secretLabel')}
      </p>
      <code class="secret" id="new-key" tabindex={0}>
        {secret}
      </code>
      <p>
        <a class="btn secondary" href="/admin/keys">
          {t('keys.back')}
        </a>
      </p>
    </>,
    { title: t('keys.createdTitle'), privatePage: true },
  );
});

adminKeyRoutes.post('/admin/keys/:id/revoke', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const key = await revokeApiKey(ctxOf(c), c.req.param('id'));
  return c.redirect(`/admin/keys?revoked=${encodeURIComponent(key.id)}`, 303);
});
