import { Hono } from 'hono';
import { ORGANIZATION_TYPES, type Role, SELF_SERVICE_ROLES } from '../../schema/enums';
import { DomainError } from '../../worker/lib/errors';
import { LoginBody, SignupBody } from '../../worker/modules/auth/schemas';
import { login, logout, signup } from '../../worker/modules/auth/service';
import { CreateOrganizationBody } from '../../worker/modules/organizations/schemas';
import { createOrganization } from '../../worker/modules/organizations/service';
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from '../components/fields';
import type { WebContext, WebEnv } from '../env';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  many,
  one,
  optional,
  readForm,
} from '../forms/values';
import { endSessionCookie, startSessionCookie } from '../middleware/session';
import { ctxOf, enumOptions, safeNext } from './helpers';

export const authRoutes = new Hono<WebEnv>();

function signinPage(c: WebContext, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const L = { email: t('auth.email'), password: t('auth.password') };
  if (Object.keys(errors).length) c.status(errors._form ? 401 : 422);
  return c.render(
    <>
      <h1>{t('auth.signinTitle')}</h1>
      <form class="form narrow" method="post" action="/signin" novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        <input type="hidden" name="next" value={one(v, 'next')} />
        <TextField
          name="email"
          type="email"
          label={L.email}
          value={one(v, 'email')}
          errors={errors}
          required
          autocomplete="username"
        />
        <TextField
          name="password"
          type="password"
          label={L.password}
          value=""
          errors={errors}
          required
          autocomplete="current-password"
        />
        <div class="actions">
          <button class="btn" type="submit">
            {t('auth.submitSignin')}
          </button>
          <span>
            {t('auth.noAccount')} <a href="/signup">{t('nav.signup')}</a>
          </span>
        </div>
      </form>
    </>,
    { title: t('auth.signinTitle'), privatePage: true },
  );
}

function signupPage(c: WebContext, v: FormValues, errors: FieldErrors) {
  const t = c.var.t;
  const L = {
    name: t('auth.name'),
    email: t('auth.email'),
    password: t('auth.password'),
    roles: t('auth.roles'),
    orgName: t('auth.orgName'),
    orgType: t('auth.orgType'),
  };
  const roleLabels: Record<string, string> = {
    buyer: t('auth.roleBuyer'),
    seller: t('auth.roleSeller'),
    investor: t('auth.roleInvestor'),
  };
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <h1>{t('auth.signupTitle')}</h1>
      <form class="form narrow" method="post" action="/signup" novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        <TextField
          name="name"
          label={L.name}
          value={one(v, 'name')}
          errors={errors}
          required
          autocomplete="name"
        />
        <TextField
          name="email"
          type="email"
          label={L.email}
          value={one(v, 'email')}
          errors={errors}
          required
          autocomplete="email"
        />
        <TextField
          name="password"
          type="password"
          label={L.password}
          hint={t('auth.passwordHint')}
          value=""
          errors={errors}
          required
          autocomplete="new-password"
        />
        <ChoiceGroup
          name="roles"
          label={L.roles}
          values={many(v, 'roles')}
          errors={errors}
          options={SELF_SERVICE_ROLES.map((r) => ({ value: r, label: roleLabels[r] ?? r }))}
        />
        <TextField
          name="orgName"
          label={L.orgName}
          value={one(v, 'orgName')}
          errors={errors}
          autocomplete="organization"
        />
        <SelectField
          name="orgType"
          label={L.orgType}
          value={one(v, 'orgType')}
          errors={errors}
          options={enumOptions(t, 'orgType', ORGANIZATION_TYPES)}
        />
        <div class="actions">
          <button class="btn" type="submit">
            {t('auth.submitSignup')}
          </button>
          <span>
            {t('auth.haveAccount')} <a href="/signin">{t('nav.signin')}</a>
          </span>
        </div>
      </form>
    </>,
    { title: t('auth.signupTitle'), privatePage: true },
  );
}

authRoutes.get('/signin', (c) => signinPage(c, { next: c.req.query('next') ?? '' }, {}));

authRoutes.post('/signin', async (c) => {
  const v = await readForm(c.req);
  const parsed = LoginBody.safeParse({ email: one(v, 'email'), password: one(v, 'password') });
  if (!parsed.success) return signinPage(c, v, fieldErrors(parsed.error, c.var.t));
  try {
    const result = await login(
      ctxOf(c),
      parsed.data.email,
      parsed.data.password,
      c.var.deps.config.SESSION_TTL_DAYS,
    );
    startSessionCookie(c, result.token, result.expiresAt);
    return c.redirect(safeNext(one(v, 'next')), 303);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'unauthenticated')
      return signinPage(c, v, { _form: c.var.t('err.badLogin') });
    throw error;
  }
});

authRoutes.get('/signup', (c) => signupPage(c, { roles: ['buyer'], orgType: 'enterprise' }, {}));

authRoutes.post('/signup', async (c) => {
  const t = c.var.t;
  const v = await readForm(c.req);
  const roles = many(v, 'roles') as Role[];
  const parsed = SignupBody.safeParse({
    email: one(v, 'email'),
    password: one(v, 'password'),
    name: one(v, 'name'),
    locale: t.locale,
    roles: roles.length ? roles : undefined,
  });
  const orgName = optional(v, 'orgName');
  const org = orgName ? CreateOrganizationBody.safeParse({ type: one(v, 'orgType'), nameZh: orgName }) : null;
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, t);
  if (org && !org.success) {
    const e = fieldErrors(org.error, t);
    if (e.nameZh) errors.orgName = e.nameZh;
    if (e.type) errors.orgType = e.type;
  }
  if (!parsed.success || Object.keys(errors).length) return signupPage(c, v, errors);
  const ctx = ctxOf(c);
  try {
    const result = await signup(ctx, parsed.data, c.var.deps.config.SESSION_TTL_DAYS);
    if (org?.success) {
      const actor = {
        kind: 'user' as const,
        user: result.user,
        roles: parsed.data.roles ?? ['buyer'],
        isPlatformAdmin: false,
        sessionId: '',
      };
      await createOrganization({ ...ctx, actor }, org.data);
    }
    startSessionCookie(c, result.token, result.expiresAt);
    return c.redirect('/dashboard', 303);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict')
      return signupPage(c, v, { email: t('err.emailTaken') });
    throw error;
  }
});

authRoutes.post('/signout', async (c) => {
  const actor = c.var.actor;
  if (actor.kind === 'user') await logout(ctxOf(c), actor.sessionId);
  endSessionCookie(c);
  return c.redirect('/', 303);
});
