import { Hono } from 'hono';
import { ROLES, type Role } from '../../schema/enums';
import type { UserActor } from '../../worker/lib/access';
import { paginationQuery } from '../../worker/lib/pagination';
import { SetRolesBody } from '../../worker/modules/members/routes';
import { listMembers, type Member, setMemberRoles } from '../../worker/modules/members/service';
import { AdminNav } from '../components/admin-nav';
import type { WebContext, WebEnv } from '../env';
import { many, readForm } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, tenantAdmin } from './helpers';

// Members and roles: one small form per member, posting the member's whole role list.

export const adminMemberRoutes = new Hono<WebEnv>();
const PAGE = 50;

interface Failed {
  userId: string;
  roles: string[];
  error: string;
}

function MemberForm({ t, m, self, failed }: { t: Translator; m: Member; self: boolean; failed?: Failed }) {
  const checked: string[] = failed ? failed.roles : m.roles;
  const errorId = `m-${m.userId}-error`;
  return (
    <li class="card member" id={`m-${m.userId}`}>
      <form method="post" action={`/admin/members/${m.userId}`}>
        <fieldset
          class={failed ? 'member-roles field invalid' : 'member-roles field'}
          aria-describedby={failed ? errorId : undefined}
        >
          <legend class="member-legend">
            {t('members.rolesOf', { name: m.name })}
            {self ? t('members.you') : ''} <span class="muted">{m.email}</span>
          </legend>
          <div class="roles">
            {ROLES.map((role) => (
              <label class="opt">
                <input type="checkbox" name="roles" value={role} checked={checked.includes(role)} />{' '}
                {t(`role.${role}` as MessageKey)}
              </label>
            ))}
          </div>
          {failed ? (
            <p class="error" id={errorId} role="alert">
              {failed.error}
            </p>
          ) : null}
        </fieldset>
        <button class="btn secondary" type="submit">
          {t('members.save')}
          <span class="sr-only"> · {m.name}</span>
        </button>
      </form>
    </li>
  );
}

async function renderMembers(c: WebContext, user: UserActor, failed?: Failed) {
  const t = c.var.t;
  const cursor = paginationQuery.cursor.safeParse(c.req.query('cursor') || undefined).data;
  const rows = await listMembers(ctxOf(c), { limit: PAGE, cursor });
  const members = rows.slice(0, PAGE);
  const next = rows.length > PAGE ? members.at(-1)?.id : undefined;
  const done = members.find((m) => m.userId === c.req.query('done'));
  if (failed) c.status(422);
  return c.render(
    <>
      <AdminNav t={t} current="/admin/members" platform={user.isPlatformAdmin} />
      <h1>{t('admin.members')}</h1>
      <p class="muted">{t('members.intro')}</p>
      {done ? (
        <p class="notice" role="status">
          {t('members.saved', { name: done.name })}
        </p>
      ) : null}
      {members.length === 0 ? <p>{t('members.empty')}</p> : null}
      <ul class="cards two">
        {members.map((m) => (
          <MemberForm
            t={t}
            m={m}
            self={m.userId === user.user.id}
            failed={failed?.userId === m.userId ? failed : undefined}
          />
        ))}
      </ul>
      <nav class="pager" aria-label={t('listings.pagination')}>
        {cursor ? <a href="/admin/members">{t('listings.first')}</a> : null}
        {next ? (
          <a rel="next" href={`/admin/members?cursor=${next}`}>
            {t('listings.next')} →
          </a>
        ) : null}
      </nav>
    </>,
    { title: t('admin.members'), privatePage: true },
  );
}

adminMemberRoutes.get('/admin/members', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  return renderMembers(c, user);
});

adminMemberRoutes.post('/admin/members/:userId', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const userId = c.req.param('userId');
  const roles = many(await readForm(c.req), 'roles');
  const parsed = SetRolesBody.safeParse({ roles });
  if (!parsed.success) return renderMembers(c, user, { userId, roles, error: t('err.choice') });
  // Keep the admin from locking themselves out of this page.
  const dropsOwnAdmin = userId === user.user.id && !user.isPlatformAdmin && !roles.includes('tenant_admin');
  if (dropsOwnAdmin) return renderMembers(c, user, { userId, roles, error: t('members.selfAdmin') });
  await setMemberRoles(ctxOf(c), userId, parsed.data.roles as Role[]);
  return c.redirect(`/admin/members?done=${encodeURIComponent(userId)}#m-${userId}`, 303);
});
