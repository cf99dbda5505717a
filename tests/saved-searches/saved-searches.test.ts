import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedSearches, users } from '../../schema/index';
import type { Listing } from '../../schema/types';
import { matchesListing } from '../../worker/modules/saved-searches/match';
import { MAX_SAVED_SEARCHES_PER_USER } from '../../worker/modules/saved-searches/service';
import { expectInvalid, expectProblem, publishedListing, submittedListing } from '../api/helpers';
import type { Harness, TestUser } from '../support/harness';
import { startManualHarness } from '../webhooks/support';

// Saved searches: a user's own, limited, and mailed about newly published matching listings.

let h: Harness;
let drain: () => Promise<unknown>;
let mailer: { sent: { to: string; subject: string; text: string }[] };
let buyer: TestUser;
let otherBuyer: TestUser;
let seller: TestUser;
let admin: TestUser;
let other: { id: string; slug: string };
let foreigner: TestUser;
let foreignSeller: TestUser;
let foreignAdmin: TestUser;
beforeAll(async () => {
  ({ h, drain, mailer } = await startManualHarness());
  buyer = await h.user(['buyer']);
  otherBuyer = await h.user(['buyer']);
  seller = await h.user(['seller']);
  admin = await h.user(['tenant_admin'], { org: false });
  other = await h.createTenant();
  foreigner = await h.user(['buyer'], { tenant: other });
  foreignSeller = await h.user(['seller'], { tenant: other });
  foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
});
afterAll(() => h?.close());

const save = (user: TestUser, body: Record<string, unknown>, tenant?: string) =>
  h.client(user.token, tenant).post('/v1/saved-searches', body);
const savedCount = async () => Number((await h.db.select({ n: count() }).from(savedSearches))[0]?.n);

describe('my saved searches', () => {
  it('a buyer saves the browse filters, lists them with a rerun link, renames and mutes one, deletes it', async () => {
    const res = await save(buyer, {
      name: '新能源 · 钙钛矿',
      filters: { q: ' 钙钛矿 ', sector: 'new-energy', trlMin: 4, mode: 'transfer' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: '新能源 · 钙钛矿',
      filters: { q: '钙钛矿', sector: 'new-energy', trlMin: 4, mode: 'transfer' },
      notify: true,
      lastNotifiedAt: null,
    });
    expect(res.body.id).toMatch(/^srch_/);
    expect(res.body.url).toBe(
      `/listings?q=${encodeURIComponent('钙钛矿')}&sector=new-energy&mode=transfer&trlMin=4`,
    );

    const list = await h.client(buyer.token).get('/v1/saved-searches');
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(res.body.id);
    const patched = await h.client(buyer.token).patch(`/v1/saved-searches/${res.body.id}`, {
      name: '钙钛矿',
      notify: false,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: '钙钛矿', notify: false, filters: { sector: 'new-energy' } });
    expect((await h.client(buyer.token).delete(`/v1/saved-searches/${res.body.id}`)).status).toBe(204);
    expectProblem(await h.client(buyer.token).delete(`/v1/saved-searches/${res.body.id}`), 404, 'not-found');
  });

  it("another user's saved search is not found, and never listed", async () => {
    const mine = (await save(buyer, { name: 'mine', filters: {} })).body;
    const them = h.client(otherBuyer.token);
    expectProblem(await them.patch(`/v1/saved-searches/${mine.id}`, { notify: false }), 404, 'not-found');
    expectProblem(await them.delete(`/v1/saved-searches/${mine.id}`), 404, 'not-found');
    expect((await them.get('/v1/saved-searches')).body.items).toEqual([]);
    // The same user in another storefront sees only that storefront's searches.
    expectProblem(
      await h.client(foreigner.token, other.slug).delete(`/v1/saved-searches/${mine.id}`),
      404,
      'not-found',
    );
    const [row] = await h.db.select().from(savedSearches).where(eq(savedSearches.id, mine.id));
    expect(row?.notify).toBe(true);
    expect((await h.client(buyer.token).delete(`/v1/saved-searches/${mine.id}`)).status).toBe(204);
  });

  it('needs a signed-in user', async () => {
    expectProblem(await h.client().get('/v1/saved-searches'), 401, 'unauthenticated');
    expectProblem(
      await h.client().post('/v1/saved-searches', { name: 'x', filters: {} }),
      401,
      'unauthenticated',
    );
  });

  it('bad filters are a 422 naming the field, and nothing is written', async () => {
    const before = await savedCount();
    expectInvalid(await save(buyer, { name: 'x', filters: { sector: 'nope' } }), 'filters.sector');
    expectInvalid(await save(buyer, { name: 'x', filters: { trlMin: 0 } }), 'filters.trlMin');
    expectInvalid(await save(buyer, { name: 'x', filters: { trlMin: 7, trlMax: 3 } }), 'filters.trlMax');
    expectInvalid(await save(buyer, { name: 'x', filters: { q: 'x'.repeat(201) } }), 'filters.q');
    expectInvalid(await save(buyer, { name: 'x', filters: { price: 1 } }));
    expectInvalid(await save(buyer, { name: '', filters: {} }), 'name');
    expectInvalid(await save(buyer, { name: 'x' }), 'filters');
    expect(await savedCount()).toBe(before);
  });

  it(`a user may keep at most ${MAX_SAVED_SEARCHES_PER_USER}; one more is a 422`, async () => {
    const heavy = await h.user(['buyer']);
    for (let i = 0; i < MAX_SAVED_SEARCHES_PER_USER; i++)
      await h.db.insert(savedSearches).values({
        id: `srch_${String(i).padStart(26, '0')}${heavy.id.slice(-4)}`.slice(0, 31),
        tenantId: h.tenant.id,
        userId: heavy.id,
        name: `s${i}`,
        filters: {},
        notify: false,
      });
    const before = await savedCount();
    expectInvalid(await save(heavy, { name: 'one too many', filters: {} }), 'name');
    expect(await savedCount()).toBe(before);
  });
});

describe('notifications', () => {
  it('mails each matching saved search once per listing, in the owner’s language, and no one else', async () => {
    const zhBuyer = await h.user(['buyer']);
    const enBuyer = await h.user(['buyer']);
    await h.db.update(users).set({ locale: 'en' }).where(eq(users.id, enBuyer.id));
    const muted = await h.user(['buyer']);
    const misfit = await h.user(['buyer']);
    await save(zhBuyer, { name: '光伏', filters: { q: '钙钛矿 光伏', sector: 'new-energy', trlMin: 4 } });
    await save(enBuyer, { name: 'Perovskite', filters: { q: 'perovskite cells', mode: 'transfer' } });
    await save(muted, { name: 'muted', filters: { sector: 'new-energy' }, notify: false });
    await save(misfit, { name: 'ai only', filters: { sector: 'ai' } });
    await save(misfit, { name: 'too mature', filters: { trlMin: 8 } });
    await save(foreigner, { name: 'elsewhere', filters: {} }, other.slug);
    await drain();
    mailer.sent.length = 0;

    const submitted = await submittedListing(h, seller);
    await drain();
    expect(mailer.sent).toHaveLength(0); // not published yet
    const listing = await h.client(admin.token).post(`/v1/listings/${submitted.id}/publish`, {});
    expect(listing.status).toBe(200);
    await drain();
    await drain();

    const to = mailer.sent.map((m) => m.to).sort();
    expect(to).toEqual([zhBuyer.email, enBuyer.email].sort());
    const zhMail = mailer.sent.find((m) => m.to === zhBuyer.email)!;
    expect(zhMail.subject).toContain('光伏');
    expect(zhMail.subject).toContain('新的科技成果');
    expect(zhMail.text).toContain('高效钙钛矿太阳能电池制备技术');
    expect(zhMail.text).toContain(`/listings/${submitted.id}`);
    const enMail = mailer.sent.find((m) => m.to === enBuyer.email)!;
    expect(enMail.subject).toContain('New technology matching your saved search "Perovskite"');
    expect(enMail.text).toContain('High-efficiency perovskite solar cell fabrication');

    const [row] = await h.db.select().from(savedSearches).where(eq(savedSearches.userId, zhBuyer.id));
    expect(row?.lastNotifiedAt).toBeInstanceOf(Date);

    // A replayed event mails nobody again.
    const { outbox } = await import('../../schema/index');
    await h.db.update(outbox).set({ processedAt: null }).where(eq(outbox.aggregateId, submitted.id));
    await drain();
    expect(mailer.sent).toHaveLength(2);

    // Another tenant's listing is not this tenant's news.
    mailer.sent.length = 0;
    await publishedListing(h, foreignSeller, foreignAdmin, { titleZh: '其他平台的成果' }, other.slug);
    await drain();
    expect(mailer.sent.map((m) => m.to)).toEqual([foreigner.email]);
  });

  it('a failed mail is retried with the event; mails already sent are not repeated', async () => {
    const a = await h.user(['buyer']);
    const b = await h.user(['buyer']);
    await save(a, { name: 'a', filters: { q: '石墨烯' } });
    await save(b, { name: 'b', filters: { q: '石墨烯' } });
    await drain();
    mailer.sent.length = 0;
    const send = (mailer as unknown as { send: (m: unknown) => Promise<void> }).send;
    let failOnce = true;
    (mailer as unknown as { send: (m: { to: string }) => Promise<void> }).send = async (m) => {
      if (m.to === b.email && failOnce) {
        failOnce = false;
        throw new Error('smtp down');
      }
      return send(m);
    };
    try {
      const listing = await publishedListing(h, seller, admin, {
        titleZh: '石墨烯导热膜规模化制备',
        summaryZh: '一种石墨烯导热膜的卷对卷规模化制备工艺，导热系数达到 1500 W/mK。',
        titleEn: 'Graphene thermal film',
        summaryEn: 'Roll-to-roll graphene thermal films.',
        keywords: ['石墨烯'],
      });
      await drain();
      expect(mailer.sent.map((m) => m.to)).toEqual([a.email]);
      // The outbox event backs off; once due again, only the failed one is sent.
      const { outbox } = await import('../../schema/index');
      await h.db
        .update(outbox)
        .set({ availableAt: new Date(0) })
        .where(eq(outbox.aggregateId, listing.id));
      await drain();
      expect(mailer.sent.map((m) => m.to).sort()).toEqual([a.email, b.email].sort());
    } finally {
      (mailer as unknown as { send: unknown }).send = send;
    }
  });
});

describe('matching a listing', () => {
  const listing = {
    titleZh: '高效钙钛矿太阳能电池制备技术',
    titleEn: 'High-efficiency perovskite solar cell fabrication',
    summaryZh: '一种低温溶液法制备大面积钙钛矿薄膜的工艺。',
    summaryEn: null,
    descriptionZh: null,
    descriptionEn: null,
    keywords: ['光伏'],
    sector: 'new-energy',
    modes: ['transfer', 'license_exclusive'],
    ipType: 'invention_patent',
    trl: 5,
  } as unknown as Listing;
  it.each([
    [{}, true],
    [{ q: '钙钛矿' }, true],
    [{ q: '钙钛矿电池' }, true],
    [{ q: 'Perovskite CELLS' }, true],
    [{ q: '钙钛矿 光伏' }, true],
    [{ q: '钙钛矿 石墨烯' }, false],
    [{ sector: 'ai' }, false],
    [{ mode: 'equity' }, false],
    [{ mode: 'transfer' }, true],
    [{ ipType: 'know_how' }, false],
    [{ trlMin: 6 }, false],
    [{ trlMax: 4 }, false],
    [{ trlMin: 5, trlMax: 5 }, true],
  ] as const)('%j → %s', (filters, expected) => {
    expect(matchesListing(filters as never, listing)).toBe(expected);
  });
});
