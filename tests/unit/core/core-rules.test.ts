import { describe, expect, it } from 'vitest';
import { LISTING_STATES } from '../../../schema/enums';
import type { Tenant } from '../../../schema/types';
import type { Database } from '../../../worker/db';
import type { Actor } from '../../../worker/env';
import { isTenantAdmin, requireRole, requireTenantAdmin, requireUser } from '../../../worker/lib/access';
import { Forbidden, Unauthenticated } from '../../../worker/lib/errors';
import { pageOf } from '../../../worker/lib/pagination';
import { DEMAND_STEPS } from '../../../worker/modules/demands/states';
import {
  LISTING_STEPS,
  OWNER_EDITABLE_STATES,
  PUBLIC_LISTING_STATES,
} from '../../../worker/modules/listings/states';
import { forgetTenants, tenantBySlug } from '../../../worker/modules/tenants/service';
import { isSyndicated, syndicatedSectors } from '../../../worker/modules/tenants/syndication';

describe('pageOf', () => {
  const rows = ['e', 'd', 'c'].map((id) => ({ id }));
  it('gives the last id as the cursor only when a further row exists', () => {
    expect(pageOf(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: 'd' });
    expect(pageOf(rows, 3)).toEqual({ items: rows, nextCursor: null });
    expect(pageOf([], 3)).toEqual({ items: [], nextCursor: null });
  });
});

describe('access', () => {
  const user = (roles: string[], isPlatformAdmin = false) =>
    ({ kind: 'user', user: { id: 'usr_1' }, roles, isPlatformAdmin, sessionId: 'ses_1' }) as unknown as Actor;
  const anonymous: Actor = { kind: 'anonymous' };

  it('anonymous callers are unauthenticated (401), signed-in callers without the role forbidden (403)', () => {
    expect(() => requireUser(anonymous)).toThrow(Unauthenticated);
    expect(() => requireRole(anonymous, 'seller')).toThrow(Unauthenticated);
    expect(() => requireRole(user(['buyer']), 'seller')).toThrow(Forbidden);
    expect(() => requireTenantAdmin(anonymous)).toThrow(Unauthenticated);
    expect(() => requireTenantAdmin(user(['seller']))).toThrow(Forbidden);
  });

  it('platform admins pass every role check; tenant admins are admins', () => {
    expect(requireRole(user([], true), 'seller')).toBeTruthy();
    expect(isTenantAdmin(user(['tenant_admin']))).toBe(true);
    expect(isTenantAdmin(user([], true))).toBe(true);
    expect(isTenantAdmin(user(['seller', 'buyer']))).toBe(false);
  });
});

describe('listing and demand state machines', () => {
  it('name only known states; archived is terminal; only admins publish and reject', () => {
    for (const step of Object.values(LISTING_STEPS)) {
      for (const from of step.from) expect(LISTING_STATES).toContain(from);
      expect(LISTING_STATES).toContain(step.to);
      expect(step.from).not.toContain('archived');
    }
    expect(LISTING_STEPS.publish.who).toBe('admin');
    expect(LISTING_STEPS.reject.who).toBe('admin');
    expect(LISTING_STEPS.submit.who).toBe('owner');
    expect(PUBLIC_LISTING_STATES).not.toContain('draft');
    expect(PUBLIC_LISTING_STATES).not.toContain('archived');
    expect(OWNER_EDITABLE_STATES).toEqual(['draft', 'rejected']);
    expect(DEMAND_STEPS.publish).toMatchObject({ from: ['draft'], to: 'open' });
    expect(DEMAND_STEPS.close.from).not.toContain('closed');
  });
});

describe('syndication', () => {
  const tenant = (slug: string, syndication: Tenant['syndication']) => ({ slug, syndication }) as Tenant;
  it('the hub shows only its own; partners follow their rule; only hub records are syndicated', () => {
    expect(syndicatedSectors(tenant('hub', { mode: 'all' }))).toBeNull();
    expect(syndicatedSectors(tenant('p', { mode: 'own' }))).toBeNull();
    expect(syndicatedSectors(tenant('p', { mode: 'all' }))).toBe('all');
    expect(syndicatedSectors(tenant('p', { mode: 'sectors', sectors: ['marine'] }))).toEqual(['marine']);
    const partner = tenant('p', { mode: 'sectors', sectors: ['marine'] });
    expect(isSyndicated(partner, 'tnt_hub', 'tnt_hub', 'marine')).toBe(true);
    expect(isSyndicated(partner, 'tnt_hub', 'tnt_hub', 'new-energy')).toBe(false);
    expect(isSyndicated(partner, 'tnt_hub', 'tnt_other', 'marine')).toBe(false);
    expect(isSyndicated(tenant('p', { mode: 'sectors' }), 'tnt_hub', 'tnt_hub', 'marine')).toBe(false);
  });
});

describe('tenant cache', () => {
  it('caches lookups but stays bounded: a flood of unknown slugs evicts the oldest entries', async () => {
    let loads = 0;
    const db = {
      select: () => ({
        from: () => ({
          where: async () => {
            loads++;
            return [];
          },
        }),
      }),
    } as unknown as Database;
    forgetTenants();
    await tenantBySlug(db, 'first');
    await tenantBySlug(db, 'first');
    expect(loads).toBe(1);
    for (let i = 0; i < 1_500; i++) await tenantBySlug(db, `junk-${i}`);
    expect(loads).toBe(1_501);
    await tenantBySlug(db, 'first');
    expect(loads).toBe(1_502);
    forgetTenants();
  });
});
