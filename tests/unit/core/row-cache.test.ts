import { describe, expect, it } from 'vitest';
import type { Listing } from '../../../schema/types';
import type { Database } from '../../../worker/db';
import {
  enableListingCache,
  forgetListing,
  readThrough,
  rowsAtVersions,
} from '../../../worker/modules/listings/row-cache';
import { publicListingJson } from '../../../worker/modules/listings/view';

const row = (version: number, id = 'lst_1') => ({ id, version }) as unknown as Listing;

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

  it('serves a list page from memory only at the versions the list query saw', async () => {
    const db = {} as Database;
    enableListingCache(db);
    const loaded: string[][] = [];
    const loadMany = async (ids: string[]) => {
      loaded.push(ids);
      return ids.map((id) => row(id === 'lst_b' ? 2 : 1, id));
    };
    const refs = [
      { id: 'lst_a', version: 1 },
      { id: 'lst_b', version: 1 },
    ];
    const first = await rowsAtVersions(db, refs, loadMany);
    expect(first.map((r) => r.id)).toEqual(['lst_a', 'lst_b']);
    // The load returned lst_b at version 2 (changed since the query): a page that sees 2 is served from memory.
    await rowsAtVersions(
      db,
      [
        { id: 'lst_b', version: 2 },
        { id: 'lst_a', version: 1 },
      ],
      loadMany,
    );
    expect(loaded).toEqual([['lst_a', 'lst_b']]);
    // A version the cache does not hold is loaded again, and order follows the query.
    const again = await rowsAtVersions(
      db,
      [
        { id: 'lst_b', version: 3 },
        { id: 'lst_a', version: 1 },
      ],
      loadMany,
    );
    expect(again.map((r) => r.id)).toEqual(['lst_b', 'lst_a']);
    expect(loaded.at(-1)).toEqual(['lst_b']);
  });

  it('leaves out a row deleted between the list query and the load', async () => {
    const db = {} as Database;
    enableListingCache(db);
    const rows = await rowsAtVersions(
      db,
      [
        { id: 'lst_gone', version: 1 },
        { id: 'lst_x', version: 1 },
      ],
      async () => [row(1, 'lst_x')],
    );
    expect(rows.map((r) => r.id)).toEqual(['lst_x']);
  });

  it('serializes the public view of a row object once, without the confidential section', () => {
    const listing = {
      ...row(1),
      confidentialZh: '机密',
      confidentialEn: 'secret',
      createdAt: new Date(0),
      updatedAt: new Date(0),
      publishedAt: null,
    } as unknown as Listing;
    const json = publicListingJson(listing);
    expect(JSON.parse(json).confidential).toBeNull();
    expect(json).not.toContain('secret');
    expect(publicListingJson(listing)).toBe(json);
  });
});
