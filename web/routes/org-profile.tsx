import { Hono } from 'hono';
import { ORGANIZATION_TYPES } from '../../schema/enums';
import type { Organization } from '../../schema/types';
import { isTenantAdmin, type UserActor } from '../../worker/lib/access';
import { Forbidden } from '../../worker/lib/errors';
import { UpdateOrganizationBody } from '../../worker/modules/organizations/schemas';
import {
  getOrganization,
  managesOrganization,
  memberRole,
  updateOrganization,
} from '../../worker/modules/organizations/service';
import { ErrorSummary, SelectField, TextField } from '../components/fields';
import type { WebContext, WebEnv } from '../env';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  serviceErrors,
} from '../forms/values';
import type { Translator } from '../i18n/index';
import { ctxOf, enumOptions, signedIn } from './helpers';

// The organization's own profile (name, type, region, website, description), edited by its
// owner or admins, or a tenant admin: the same rules and service as PATCH /v1/organizations/{id}.

export const orgProfileRoutes = new Hono<WebEnv>();

const OPTIONAL = ['nameEn', 'region', 'website', 'descriptionZh', 'descriptionEn'] as const;

/** Whether this user may edit the organization (the organization page applies the same rule to its link). */
async function canEditOrganization(c: WebContext, user: UserActor, orgId: string): Promise<boolean> {
  return isTenantAdmin(user) || managesOrganization(await memberRole(ctxOf(c).db, orgId, user.user.id));
}

function labels(t: Translator): Record<string, string> {
  return {
    type: t('org.type'),
    nameZh: t('orgEdit.nameZh'),
    nameEn: t('orgEdit.nameEn'),
    region: t('org.region'),
    website: t('org.website'),
    descriptionZh: t('orgEdit.descriptionZh'),
    descriptionEn: t('orgEdit.descriptionEn'),
  };
}

function toForm(org: Organization): FormValues {
  return {
    type: org.type,
    nameZh: org.nameZh,
    nameEn: org.nameEn ?? '',
    region: org.region ?? '',
    website: org.website ?? '',
    descriptionZh: org.descriptionZh ?? '',
    descriptionEn: org.descriptionEn ?? '',
    version: String(org.version),
  };
}

/** The form as the API body: an emptied optional field clears it. */
function parseForm(v: FormValues) {
  const body: Record<string, unknown> = { type: one(v, 'type'), nameZh: one(v, 'nameZh') };
  for (const name of OPTIONAL) body[name] = one(v, name).trim() === '' ? null : one(v, name);
  const version = Number(one(v, 'version'));
  if (Number.isInteger(version) && version > 0) body.version = version;
  return UpdateOrganizationBody.safeParse(body);
}

function render(c: WebContext, org: Organization, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const L = labels(t);
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name] ?? name} value={one(v, name)} errors={errors} {...extra} />
  );
  if (Object.keys(errors).length) c.status(422);
  const title = t('orgEdit.title');
  return c.render(
    <>
      <p>
        <a href={`/orgs/${org.id}`}>← {t.pick(org.nameZh, org.nameEn)}</a>
      </p>
      <h1>{title}</h1>
      <form class="form" method="post" action={`/orgs/${org.id}/edit`} novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        <input type="hidden" name="version" value={one(v, 'version')} />
        <SelectField
          name="type"
          label={L.type ?? 'type'}
          value={one(v, 'type')}
          options={enumOptions(t, 'orgType', ORGANIZATION_TYPES)}
          errors={errors}
          required
        />
        {text('nameZh', { required: true })}
        {text('nameEn')}
        {text('region')}
        {text('website', { type: 'url', inputmode: 'text' })}
        {text('descriptionZh', { multiline: true, rows: 5 })}
        {text('descriptionEn', { multiline: true, rows: 5 })}
        <div class="actions">
          <button class="btn" type="submit">
            {t('orgEdit.save')}
          </button>
        </div>
      </form>
    </>,
    { title, privatePage: true },
  );
}

async function editable(c: WebContext): Promise<Organization | Response> {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const org = await getOrganization(ctxOf(c), c.req.param('id') ?? '');
  if (!(await canEditOrganization(c, user, org.id)))
    throw new Forbidden('Only the organization owner or an admin may edit it.');
  return org;
}

orgProfileRoutes.get('/orgs/:id/edit', async (c) => {
  const org = await editable(c);
  if (org instanceof Response) return org;
  return render(c, org, toForm(org), {});
});

orgProfileRoutes.post('/orgs/:id/edit', async (c) => {
  const org = await editable(c);
  if (org instanceof Response) return org;
  const v = await readForm(c.req);
  const parsed = parseForm(v);
  if (!parsed.success) return render(c, org, v, fieldErrors(parsed.error, c.var.t));
  try {
    await updateOrganization(ctxOf(c), org.id, parsed.data);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return render(c, org, v, errors);
  }
  return c.redirect(`/orgs/${org.id}?saved=1`, 303);
});
