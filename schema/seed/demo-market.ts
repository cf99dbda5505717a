// The supply and demand of the demo market: every technology becomes one listing per
// application, owned in turn by the organizations that list in its sector; every demand seed
// becomes one demand of an enterprise in its sector; a few closed listings become deals.
import type { InferInsertModel } from 'drizzle-orm';
import type { DealState } from '../deals';
import { newId } from '../ids';
import type { deals, demands, listings } from '../index';
import { composeDemand, composeListing } from './compose';
import { SECTOR_CONTENT } from './content/index';
import type { DemoTenantSlug } from './content/types';
import type { SeededOrganization } from './demo-accounts';
import { demandLifecycle, listingLifecycle } from './lifecycle';
import type { Random } from './random';
import { WAN } from './terms';

type ListingRow = InferInsertModel<typeof listings>;
type DemandRow = InferInsertModel<typeof demands>;
type DealRow = InferInsertModel<typeof deals>;

const DAY = 86_400_000;
const MAX_DEALS = 12;

export function sellersBySector(orgs: Iterable<SeededOrganization>): Map<string, SeededOrganization[]> {
  return groupBy(orgs, (o) => o.seed.sells ?? []);
}

export function buyersBySector(orgs: Iterable<SeededOrganization>): Map<string, SeededOrganization[]> {
  return groupBy(orgs, (o) => o.seed.buys ?? []);
}

function groupBy(orgs: Iterable<SeededOrganization>, keys: (o: SeededOrganization) => readonly string[]) {
  const out = new Map<string, SeededOrganization[]>();
  for (const org of orgs) for (const key of keys(org)) out.set(key, [...(out.get(key) ?? []), org]);
  return out;
}

export function buildDemoListings(
  orgs: Map<string, SeededOrganization>,
  rng: Random,
  now: Date,
): ListingRow[] {
  const sellers = sellersBySector(orgs.values());
  const rows: ListingRow[] = [];
  for (const content of SECTOR_CONTENT) {
    const owners = sellers.get(content.sector) ?? [];
    if (owners.length === 0) throw new Error(`seed: no organization lists in sector ${content.sector}`);
    content.technologies.forEach((tech, t) => {
      const owner = owners[t % owners.length] as SeededOrganization;
      tech.apps.forEach((app, a) => {
        const text = composeListing({ content, tech, app, pattern: t + a }, rng);
        const life = listingLifecycle(rng, now, text.modes);
        rows.push({
          id: newId('listing', life.createdAt.getTime()),
          tenantId: owner.tenantId,
          ownerOrgId: owner.id,
          createdBy: owner.ownerUserId,
          region: owner.seed.region,
          ...text,
          ...life,
        });
      });
    });
  }
  return rows;
}

export function buildDemoDemands(orgs: Map<string, SeededOrganization>, rng: Random, now: Date): DemandRow[] {
  const buyers = buyersBySector(orgs.values());
  const anyHubEnterprise = [...orgs.values()].filter(
    (o) => o.tenant === 'hub' && o.seed.type === 'enterprise',
  );
  const rows: DemandRow[] = [];
  for (const content of SECTOR_CONTENT) {
    const askers = buyers.get(content.sector) ?? anyHubEnterprise;
    content.demands.forEach((seed, d) => {
      const org = askers[d % askers.length] as SeededOrganization;
      const life = demandLifecycle(rng, now);
      rows.push({
        id: newId('demand', life.createdAt.getTime()),
        tenantId: org.tenantId,
        orgId: org.id,
        createdBy: org.ownerUserId,
        region: org.seed.region,
        ...composeDemand(content, seed),
        ...life,
      });
    });
  }
  return rows;
}

/** Deals for closed listings (completed) and listings under negotiation (contract signed). */
export function buildDemoDeals(
  rows: readonly ListingRow[],
  orgs: Map<string, SeededOrganization>,
  brokers: Map<DemoTenantSlug, string>,
  rng: Random,
  now: Date,
): DealRow[] {
  const all = [...orgs.values()];
  const buyers = buyersBySector(all);
  const out: DealRow[] = [];
  for (const listing of rows) {
    if (out.length >= MAX_DEALS) break;
    if (listing.status !== 'closed' && listing.status !== 'under_negotiation') continue;
    const seller = all.find((o) => o.id === listing.ownerOrgId);
    const sameTenant = (o: SeededOrganization) =>
      o.tenantId === listing.tenantId && o.id !== listing.ownerOrgId;
    const candidates = (buyers.get(listing.sector) ?? []).filter(sameTenant);
    const buyer = candidates[0] ?? all.find((o) => sameTenant(o) && o.seed.type === 'enterprise');
    if (!seller || !buyer || !listing.publishedAt) continue;
    const status: DealState = listing.status === 'closed' ? 'completed' : 'signed';
    const signedAt = new Date(
      Math.min(listing.publishedAt.getTime() + rng.int(20, 60) * DAY, now.getTime() - DAY),
    );
    out.push({
      id: newId('deal', signedAt.getTime()),
      tenantId: listing.tenantId,
      listingId: listing.id,
      buyerOrgId: buyer.id,
      sellerOrgId: seller.id,
      brokerUserId: brokers.get(seller.tenant) ?? null,
      mode: listing.modes[0] ?? 'transfer',
      status,
      amount: dealAmount(listing, rng),
      currency: 'CNY',
      signedAt,
      createdAt: new Date(signedAt.getTime() - rng.int(7, 30) * DAY),
      updatedAt: signedAt,
    });
  }
  return out;
}

/** The contract price: the asking price, the middle of a range, or a negotiated figure. */
function dealAmount(listing: ListingRow, rng: Random): number {
  const { priceMin, priceMax } = listing;
  if (priceMin != null && priceMax != null) return Math.round((priceMin + priceMax) / 2 / WAN) * WAN;
  return rng.int(30, 400) * WAN;
}
