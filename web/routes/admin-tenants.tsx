import { Hono } from 'hono';
import { LOCALES } from '../../schema/enums';
import type { UserActor } from '../../worker/lib/access';
import { DomainError } from '../../worker/lib/errors';
import { createTenant, listTenants } from '../../worker/modules/tenants/admin-service';
import { AdminNav } from '../components/admin-nav';
import { ErrorSummary, SelectField, TextField } from '../components/fields';
import { SyndicationFields } from '../components/syndication';
import type { WebContext, WebEnv } from '../env';
import { parseCreateTenantForm } from '../forms/tenant';
import { type FieldErrors, type FormValues, one, readForm, serviceErrors } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, platformAdmin } from './helpers';

// The platform admin's storefronts: the list, and the form that opens a new one.

export const adminTenantRoutes = new Hono<WebEnv>();

function labels(t: Translator): Record<string, string> {
  return {
    slug: t('tenants.slug'),
    nameZh: t('branding.nameZh'),
    nameEn: t('branding.nameEn'),
    domains: t('tenants.domains'),
    defaultLocale: t('tenants.locale'),
    syndicationMode: t('branding.syndication'),
    sectors: t('branding.sectors'),
  };
}

function OpenStorefrontForm({ t, v, errors }: { t: Translator; v: FormValues; errors: FieldErrors }) {
  const L = labels(t);
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name] ?? name} value={one(v, name)} errors={errors} {...extra} />
  );
  return (
    <section class="panel" aria-labelledby="h-open">
      <h2 id="h-open">{t('tenants.open')}</h2>
      <p class="muted">{t('tenants.openIntro')}</p>
      <form class="form" method="post" action="/admin/tenants" novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        {text('slug', { required: true, hint: t('tenants.slugHint'), autocomplete: 'off' })}
        {text('nameZh', { required: true })}
        {text('nameEn', { required: true })}
        {text('domains', { multiline: true, rows: 2, hint: t('tenants.domainsHint') })}
        <SelectField
          name="defaultLocale"
          label={L.defaultLocale ?? ''}
          value={one(v, 'defaultLocale')}
          errors={errors}
          options={LOCALES.map((l) => ({ value: l, label: l === 'zh' ? '中文' : 'English' }))}
        />
        <fieldset class="group">
          <legend>{t('branding.syndication')}</legend>
          <SyndicationFields t={t} v={v} errors={errors} />
        </fieldset>
        <button class="btn" type="submit">
          {t('tenants.submit')}
        </button>
      </form>
    </section>
  );
}

async function renderTenants(c: WebContext, user: UserActor, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const rows = await listTenants(ctxOf(c));
  const created = rows.find((r) => r.slug === c.req.query('created'));
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <AdminNav t={t} current="/admin/tenants" platform={user.isPlatformAdmin} />
      <h1>{t('tenants.title')}</h1>
      {created ? (
        <p class="notice" role="status">
          {t('tenants.created', { name: t.pick(created.nameZh, created.nameEn) })}
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tenants.slug')}</th>
              <th scope="col">{t('tenants.name')}</th>
              <th scope="col">{t('tenants.domains')}</th>
              <th scope="col">{t('tenants.syndication')}</th>
              <th scope="col">{t('tenants.locale')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((tn) => (
              <tr>
                <td>{tn.slug}</td>
                <td>{t.pick(tn.nameZh, tn.nameEn)}</td>
                <td>{tn.domains.join(', ') || '—'}</td>
                <td>
                  {t(`branding.mode.${tn.syndication.mode}` as MessageKey)}
                  {tn.syndication.mode === 'sectors'
                    ? `：${(tn.syndication.sectors ?? []).map((s) => t.sector(s)).join('、')}`
                    : ''}
                </td>
                <td>{tn.defaultLocale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OpenStorefrontForm t={t} v={v} errors={errors} />
    </>,
    { title: t('tenants.title'), privatePage: true },
  );
}

adminTenantRoutes.get('/admin/tenants', async (c) => {
  const user = platformAdmin(c);
  if (user instanceof Response) return user;
  return renderTenants(c, user, { defaultLocale: 'zh', syndicationMode: 'all' }, {});
});

adminTenantRoutes.post('/admin/tenants', async (c) => {
  const user = platformAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const v = await readForm(c.req);
  const parsed = parseCreateTenantForm(v, t);
  if (!parsed.ok) return renderTenants(c, user, v, parsed.errors);
  try {
    const tenant = await createTenant(ctxOf(c), parsed.data);
    return c.redirect(`/admin/tenants?created=${encodeURIComponent(tenant.slug)}`, 303);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict')
      return renderTenants(c, user, v, { slug: t('err.slugTaken') });
    const errors = serviceErrors(error, t);
    if (!errors) throw error;
    return renderTenants(c, user, v, errors);
  }
});
