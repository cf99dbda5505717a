import { and, eq, inArray } from 'drizzle-orm';
import { listings, savedSearches, savedSearchNotifications, tenants, users } from '../../../schema/index';
import type { Listing, OutboxEvent, Tenant } from '../../../schema/types';
import type { Database } from '../../db';
import type { Mailer } from '../../ports';
import { browseUrl } from './filters';
import { savedSearchMail } from './mail';
import { matchesListing } from './match';

// When a listing is published, each saved search of its storefront with notify on whose filters
// match it mails its owner, once: the (saved search, listing) row is written before the mail,
// in the drain's transaction. If a mail fails, its row is removed and the event retried, so a
// failed mail is tried again while the ones already sent are not sent twice.

export interface NotifyOptions {
  mailer: Mailer;
  now: Date;
  /** Absolute links in mails; relative paths when the host has no public URL. */
  publicUrl?: string;
}

export async function notifySavedSearches(
  db: Database,
  events: OutboxEvent[],
  o: NotifyOptions,
): Promise<void> {
  const published = events.filter((e) => e.topic === 'listing.published' && e.aggregateType === 'listing');
  if (published.length === 0) return;
  const rows = await db
    .select()
    .from(listings)
    .where(inArray(listings.id, [...new Set(published.map((e) => e.aggregateId))]));
  let failures = 0;
  for (const listing of rows) {
    if (listing.status !== 'published') continue;
    failures += await notifyFor(db, listing, o);
  }
  if (failures > 0) throw new Error(`${failures} saved-search mail(s) failed; will retry`);
}

async function notifyFor(db: Database, listing: Listing, o: NotifyOptions): Promise<number> {
  const candidates = await db
    .select({ search: savedSearches, email: users.email, name: users.name, locale: users.locale })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(and(eq(savedSearches.tenantId, listing.tenantId), eq(savedSearches.notify, true)));
  const matching = candidates.filter((c) => matchesListing(c.search.filters, listing));
  if (matching.length === 0) return 0;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, listing.tenantId));
  const base = (o.publicUrl ?? '').replace(/\/$/, '');
  let failures = 0;
  for (const c of matching) {
    const [claimed] = await db
      .insert(savedSearchNotifications)
      .values({ savedSearchId: c.search.id, listingId: listing.id, notifiedAt: o.now })
      .onConflictDoNothing()
      .returning();
    if (!claimed) continue; // mailed before (a repeated event)
    const mail = savedSearchMail(c.locale, {
      site: siteName(tenant, c.locale),
      user: c.name,
      search: c.search.name,
      title: c.locale === 'en' && listing.titleEn ? listing.titleEn : listing.titleZh,
      url: `${base}/listings/${listing.id}`,
      searchUrl: `${base}${browseUrl(c.search.filters)}`,
    });
    try {
      await o.mailer.send({ to: c.email, ...mail });
      await db.update(savedSearches).set({ lastNotifiedAt: o.now }).where(eq(savedSearches.id, c.search.id));
    } catch {
      failures++;
      await db
        .delete(savedSearchNotifications)
        .where(
          and(
            eq(savedSearchNotifications.savedSearchId, c.search.id),
            eq(savedSearchNotifications.listingId, listing.id),
          ),
        );
    }
  }
  return failures;
}

function siteName(tenant: Tenant | undefined, locale: string): string {
  if (!tenant) return 'TechMarket';
  return locale === 'en' ? tenant.nameEn : tenant.nameZh;
}
