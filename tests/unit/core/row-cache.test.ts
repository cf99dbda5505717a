import { describe, expect, it } from 'vitest';
import type { Listing } from '../../../schema/types';
import type { Database } from '../../../worker/db';
import { enableListingCache, forgetListing, readThrough } from '../../../worker/modules/listings/row-cache';

const row = (version: number) => ({ id: 'lst_1', version }) as unknown as Listing;

describe('the listing row cache', () => {
  it('serves a second read from memory and reloads after a change', async () => {
    const db = {} as Database;
    enableListingCache(db);
    let loads = 0;
    const load = async () => row(++loads);
    expect((await readThrough(db, 'lst_1', load))?.version).toBe(1);
    expect((await readThrough(db, 'lst_1', load))?.version).toBe(1);
    forgetListing('lst_1');
    expect((await readThrough(db, 'lst_1', load))?.version).toBe(2);
  });

  it('does not keep a row read before a change that happened while the read was under way', async () => {
    const db = {} as Database;
    enableListingCache(db);
    let release!: () => void;
    const slow = readThrough(db, 'lst_1', () => new Promise<Listing>((r) => (release = () => r(row(1)))));
    forgetListing('lst_1'); // a write commits while the read is still out
    release();
    expect((await slow)?.version).toBe(1);
    expect((await readThrough(db, 'lst_1', async () => row(2)))?.version).toBe(2);
  });

  it('is off for databases that did not enable it (pooled Postgres, transactions)', async () => {
    const db = {} as Database;
    let loads = 0;
    await readThrough(db, 'lst_1', async () => row(++loads));
    await readThrough(db, 'lst_1', async () => row(++loads));
    expect(loads).toBe(2);
  });
});
