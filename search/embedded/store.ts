// The write path: documents and their posting blocks change in one transaction per batch,
// under a per-index advisory lock. The lock orders the batches, so a reader that has seen
// sequence number N has also seen every committed batch below N — which is what lets the
// in-memory caches catch up with a cheap "seq > last seen" query.
import { sql } from 'drizzle-orm';
import type { SearchDocument, SearchIndex } from '../port';
import { BLOCK_BITS, BLOCK_SIZE, decodeBlockOffsets, encodeBlock } from './codec';
import { rowsOf, type SearchDatabase, type SqlExecutor } from './db';
import { documentTerms, modesMask } from './terms';

/** Per (term, block): offsets to add and to remove. */
type Changes = Map<string, { term: string; block: number; add: number[]; remove: number[] }>;

function changeFor(changes: Changes, term: string, key: number) {
  const block = key >>> BLOCK_BITS;
  const id = block === 0 ? term : `${block}\u0001${term}`;
  let change = changes.get(id);
  if (!change) {
    change = { term, block, add: [], remove: [] };
    changes.set(id, change);
  }
  return change;
}

interface ExistingRow {
  id: string;
  doc_key: number;
  body: SearchDocument | null;
}

/** Upserts (docs) or removes (ids only) one batch. */
export async function writeBatch(
  db: SearchDatabase,
  index: SearchIndex,
  docs: SearchDocument[],
  removeIds: string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`search:${index}`}))`);
    const [{ seq } = { seq: 0 }] = await rowsOf<{ seq: number }>(
      tx,
      sql`select nextval('search_seq')::float8 as seq`,
    );
    const ids = [...docs.map((d) => d.id), ...removeIds];
    const existing = await rowsOf<ExistingRow>(
      tx,
      sql`select id, doc_key, body from search_documents
          where idx = ${index} and id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
    );
    const byId = new Map(existing.map((row) => [row.id, row]));
    const [{ next } = { next: 0 }] = await rowsOf<{ next: number }>(
      tx,
      sql`select coalesce(max(doc_key) + 1, 0)::int as next from search_documents where idx = ${index}`,
    );
    let nextKey = next;
    const changes: Changes = new Map();
    const latin = new Set<string>();
    const docRows: DocRow[] = [];
    for (const doc of docs) {
      const old = byId.get(doc.id);
      const key = old ? old.doc_key : nextKey++;
      const fresh = documentTerms(doc);
      const stale = old?.body ? documentTerms(old.body).postings : new Set<string>();
      for (const term of fresh.postings) if (!stale.has(term)) changeFor(changes, term, key).add.push(key);
      for (const term of stale) if (!fresh.postings.has(term)) changeFor(changes, term, key).remove.push(key);
      for (const word of fresh.latin) latin.add(word);
      docRows.push(docRow(key, doc));
    }
    for (const id of removeIds) {
      const old = byId.get(id);
      if (!old?.body) continue;
      for (const term of documentTerms(old.body).postings)
        changeFor(changes, term, old.doc_key).remove.push(old.doc_key);
      docRows.push({ k: old.doc_key, id, del: true });
    }
    await applyPostings(tx, index, seq, changes);
    await writeDocRows(tx, index, seq, docRows);
    if (latin.size > 0) {
      await tx.execute(sql`insert into search_terms (idx, term)
        select ${index}, t from jsonb_array_elements_text(${JSON.stringify([...latin])}::jsonb) as t
        on conflict do nothing`);
    }
  });
}

async function applyPostings(tx: SqlExecutor, index: SearchIndex, seq: number, changes: Changes) {
  if (changes.size === 0) return;
  const keys = [...changes.values()].map((c) => ({ term: c.term, block: c.block }));
  const stored = await rowsOf<{ term: string; block: number; data: string }>(
    tx,
    sql`select p.term, p.block, p.data from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(term text, block int)
        join search_postings p on p.idx = ${index} and p.term = k.term and p.block = k.block`,
  );
  const current = new Map(
    stored.map((row) => [row.block === 0 ? row.term : `${row.block}\u0001${row.term}`, row.data]),
  );
  const writes: { term: string; block: number; data: string }[] = [];
  const deletes: { term: string; block: number }[] = [];
  for (const [id, change] of changes) {
    const data = current.get(id);
    const offsets = merge(data ? decodeBlockOffsets(data) : [], change.add, change.remove, change.block);
    if (offsets.length === 0) {
      if (data) deletes.push({ term: change.term, block: change.block });
    } else writes.push({ term: change.term, block: change.block, data: encodeBlock(offsets) });
  }
  // Chunked so that one statement's JSON stays a few megabytes.
  for (let i = 0; i < writes.length; i += 20_000) {
    const chunk = JSON.stringify(writes.slice(i, i + 20_000));
    await tx.execute(sql`insert into search_postings (idx, term, block, data, seq)
      select ${index}, x.term, x.block, x.data, ${seq} from jsonb_to_recordset(${chunk}::jsonb) as x(term text, block int, data text)
      on conflict (idx, term, block) do update set data = excluded.data, seq = excluded.seq`);
  }
  if (deletes.length > 0) {
    // A deleted block must still invalidate caches: leave an empty array block with the new seq.
    const chunk = JSON.stringify(deletes.map((d) => ({ ...d, data: encodeBlock([]) })));
    await tx.execute(sql`update search_postings p set data = x.data, seq = ${seq}
      from jsonb_to_recordset(${chunk}::jsonb) as x(term text, block int, data text)
      where p.idx = ${index} and p.term = x.term and p.block = x.block`);
  }
}

function merge(existing: number[], add: number[], remove: number[], block: number): number[] {
  const base = block * BLOCK_SIZE;
  const set = new Set(existing);
  for (const key of remove) set.delete(key - base);
  for (const key of add) set.add(key - base);
  return [...set].sort((a, b) => a - b);
}

/** Column names shortened: the JSON of a 1,000-document batch is sent in one parameter. */
interface DocRow {
  k: number;
  id: string;
  del?: boolean;
  doc?: SearchDocument;
  mm?: number;
}

function docRow(key: number, doc: SearchDocument): DocRow {
  return { k: key, id: doc.id, doc, mm: modesMask(doc.modes) };
}

async function writeDocRows(tx: SqlExecutor, index: SearchIndex, seq: number, rows: DocRow[]) {
  if (rows.length === 0) return;
  await tx.execute(sql`insert into search_documents (idx, doc_key, id, seq, deleted, tenant_id, sector, trl,
      modes_mask, price_min, price_max, ip_type, org_type, region, score, selected, created_ms, updated_ms, body)
    select ${index}, x.k, x.id, ${seq}, coalesce(x.del, false), x.doc->>'tenantId', x.doc->>'sector',
      (x.doc->>'trl')::smallint, coalesce(x.mm, 0), (x.doc->>'priceMin')::bigint, (x.doc->>'priceMax')::bigint,
      x.doc->>'ipType', x.doc->>'orgType', x.doc->>'region', (x.doc->>'evaluationScore')::real,
      coalesce((x.doc->>'selected')::boolean, false), (x.doc->>'createdAt')::float8, (x.doc->>'updatedAt')::float8, x.doc
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(k int, id text, del boolean, doc jsonb, mm int)
    on conflict (idx, doc_key) do update set seq = excluded.seq, deleted = excluded.deleted,
      tenant_id = excluded.tenant_id, sector = excluded.sector, trl = excluded.trl, modes_mask = excluded.modes_mask,
      price_min = excluded.price_min, price_max = excluded.price_max, ip_type = excluded.ip_type,
      org_type = excluded.org_type, region = excluded.region, score = excluded.score, selected = excluded.selected,
      created_ms = excluded.created_ms, updated_ms = excluded.updated_ms, body = excluded.body`);
}
