import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, listingInput } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.close());

describe('smoke', () => {
  it('health answers with the database round trip', async () => {
    const res = await h.client().get('/health');
    expect(res.status).toBe(200);
    expect(res.body.database).toBe('ok');
  });

  it('a seller creates, submits; an admin publishes; the public sees it', async () => {
    const seller = await h.user(['seller']);
    const admin = await h.user(['tenant_admin'], { org: false });
    const created = await h.client(seller.token).post('/v1/listings', listingInput());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    expect((await h.client().get(`/v1/listings/${id}`)).status).toBe(404);
    const submitted = await h.client(seller.token).post(`/v1/listings/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const published = await h.client(admin.token).post(`/v1/listings/${id}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const pub = await h.client().get(`/v1/listings/${id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.confidential).toBeNull();
    const list = await h.client().get('/v1/listings');
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(id);
  });
});
