import type { MessageKey, Translator } from '../i18n/index';

const LINKS: { href: string; key: MessageKey; platform?: boolean }[] = [
  { href: '/admin/review', key: 'dash.review' },
  { href: '/admin/deals', key: 'adminDeals.title' },
  { href: '/admin/organizations', key: 'orgVerify.adminTitle' },
  { href: '/admin/members', key: 'admin.members' },
  { href: '/admin/keys', key: 'admin.keys' },
  { href: '/admin/webhooks', key: 'admin.webhooks' },
  { href: '/admin/branding', key: 'admin.branding' },
  { href: '/admin/tenants', key: 'dash.tenants', platform: true },
];

/** The tenant admin's pages, one row of links; the storefronts link only for the platform admin. */
export function AdminNav({ t, current, platform }: { t: Translator; current?: string; platform: boolean }) {
  return (
    <nav class="admin-nav" aria-label={t('admin.nav')}>
      <ul class="admin-links">
        {LINKS.filter((l) => platform || !l.platform).map((l) => (
          <li>
            <a class="admin-link" href={l.href} aria-current={current === l.href ? 'page' : undefined}>
              {t(l.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
