import { Hono } from 'hono';
import { VERIFICATION_STATES, type VerificationState } from '../../schema/enums';
import type { Organization } from '../../schema/types';
import type { UserActor } from '../../worker/lib/access';
import { listOrganizations } from '../../worker/modules/organizations/service';
import { decideVerification, requestVerification } from '../../worker/modules/organizations/verification';
import { AdminNav } from '../components/admin-nav';
import { StateFilter } from '../components/state-filter';
import type { WebContext, WebEnv } from '../env';
import { one, readForm } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, enumOptions, signedIn, tenantAdmin } from './helpers';

// Organization verification (机构认证) in the site: the owner asks from the organization page,
// a tenant admin decides there or from /admin/organizations. The same verbs as the API's
// POST /v1/organizations/{id}/verification-request and …/verification; a step out of turn
// or by the wrong person gets the error page (409 / 403) and changes nothing.

export const orgVerificationRoutes = new Hono<WebEnv>();

/** The verification panel of the organization page, with the forms this reader may use. */
export function VerificationPanel({
  t,
  org,
  canRequest,
  canDecide,
}: {
  t: Translator;
  org: Organization;
  canRequest: boolean;
  canDecide: boolean;
}) {
  const requestable = org.verification === 'unverified' || org.verification === 'rejected';
  return (
    <section class="panel" aria-labelledby="h-verification">
      <h2 id="h-verification">{t('orgVerify.title')}</h2>
      <p>{t(`verification.${org.verification}` as MessageKey)}</p>
      {canRequest && requestable ? (
        <form class="form" method="post" action={`/orgs/${org.id}/verification-request`}>
          <div class="field">
            <label for="f-note">{t('orgVerify.note')}</label>
            <textarea id="f-note" name="note" rows={2} maxlength={2000} />
          </div>
          <button class="btn" type="submit">
            {t('orgVerify.request')}
          </button>
        </form>
      ) : null}
      {canDecide && org.verification === 'pending' ? (
        <div class="row">
          <form method="post" action={`/orgs/${org.id}/verification`}>
            <input type="hidden" name="decision" value="verified" />
            <button class="btn" type="submit">
              {t('orgVerify.approve')}
            </button>
          </form>
          <form class="form" method="post" action={`/orgs/${org.id}/verification`}>
            <input type="hidden" name="decision" value="rejected" />
            <div class="field">
              <label for="f-reason">{t('orgVerify.reason')}</label>
              <textarea id="f-reason" name="reason" rows={2} maxlength={2000} required />
            </div>
            <button class="btn secondary" type="submit">
              {t('orgVerify.reject')}
            </button>
          </form>
        </div>
      ) : null}
    </section>
  );
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

orgVerificationRoutes.post('/orgs/:id/verification-request', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const v = await readForm(c.req);
  const org = await requestVerification(ctxOf(c), c.req.param('id'), { note: optional(one(v, 'note')) });
  return c.redirect(`/orgs/${org.id}?saved=verification`, 303);
});

orgVerificationRoutes.post('/orgs/:id/verification', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const v = await readForm(c.req);
  const decision = one(v, 'decision') === 'verified' ? 'verified' : 'rejected';
  const org = await decideVerification(ctxOf(c), c.req.param('id'), {
    decision,
    reason: optional(one(v, 'reason')),
  });
  return c.redirect(`/orgs/${org.id}?saved=verification`, 303);
});

function adminList(c: WebContext, user: UserActor, state: VerificationState, orgs: Organization[]) {
  const t = c.var.t;
  return c.render(
    <>
      <AdminNav t={t} current="/admin/organizations" platform={user.isPlatformAdmin} />
      <h1>{t('orgVerify.adminTitle')}</h1>
      <StateFilter
        t={t}
        action="/admin/organizations"
        name="verification"
        label={t('org.verification')}
        options={enumOptions(t, 'verification', VERIFICATION_STATES)}
        selected={state}
      />
      {orgs.length === 0 ? <p class="muted">{t('dash.empty')}</p> : null}
      <table>
        <caption class="sr-only">{t('orgVerify.adminTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orgEdit.nameZh')}</th>
            <th scope="col">{t('org.type')}</th>
            <th scope="col">{t('org.region')}</th>
          </tr>
        </thead>
        <tbody>
          {orgs.map((o) => (
            <tr>
              <td>
                <a href={`/orgs/${o.id}`}>{t.pick(o.nameZh, o.nameEn)}</a>
              </td>
              <td>{t(`orgType.${o.type}` as MessageKey)}</td>
              <td>{o.region ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>,
    { title: t('orgVerify.adminTitle'), privatePage: true },
  );
}

orgVerificationRoutes.get('/admin/organizations', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const q = c.req.query('verification') ?? 'pending';
  const state = (VERIFICATION_STATES as readonly string[]).includes(q) ? (q as VerificationState) : 'pending';
  const orgs = await listOrganizations(ctxOf(c), { limit: 200, verification: state });
  return adminList(c, user, state, orgs.slice(0, 200));
});
