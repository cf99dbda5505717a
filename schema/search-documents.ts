import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// The embedded search engine's index, stored in the same Postgres as the data (PGlite on
// Node, Neon on Workers) so it is backed up, restored and migrated with it. Not tenant-owned
// rows: visibility is a column of each document and is enforced by the engine per query.

/** One write batch = one value; readers sync their in-memory caches by "seq > last seen". */
export const searchSeq = pgSequence('search_seq');

/**
 * One row per indexed id. `doc_key` is a small dense integer (the bit position in posting
 * bitmaps); a removed document stays as a tombstone (deleted = true) so caches see the
 * removal and the key is reused if the id comes back.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    idx: text('idx').notNull(),
    docKey: integer('doc_key').notNull(),
    id: text('id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    deleted: boolean('deleted').notNull().default(false),
    tenantId: text('tenant_id'),
    sector: text('sector'),
    trl: smallint('trl'),
    modesMask: integer('modes_mask').notNull().default(0),
    priceMin: bigint('price_min', { mode: 'number' }),
    priceMax: bigint('price_max', { mode: 'number' }),
    ipType: text('ip_type'),
    orgType: text('org_type'),
    region: text('region'),
    score: real('score'),
    selected: boolean('selected').notNull().default(false),
    createdMs: doublePrecision('created_ms'),
    updatedMs: doublePrecision('updated_ms'),
    /** The full SearchDocument (null for tombstones): hits, snippets and re-tokenizing on update. */
    body: jsonb('body'),
  },
  (t) => [
    primaryKey({ columns: [t.idx, t.docKey] }),
    uniqueIndex('search_documents_id_idx').on(t.idx, t.id),
    index('search_documents_seq_idx').on(t.idx, t.seq),
  ],
);

/**
 * Posting lists, split into blocks of 65,536 doc keys (a sorted uint16 array or an 8 KiB
 * bitmap, base64 text because PGlite decodes bytea slowly). A term is a Han unigram or
 * bigram or a stemmed word, prefixed by its field: `a:` anywhere, `t:` title or keywords.
 */
export const searchPostings = pgTable(
  'search_postings',
  {
    idx: text('idx').notNull(),
    term: text('term').notNull(),
    block: integer('block').notNull(),
    data: text('data').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.idx, t.term, t.block] }),
    index('search_postings_seq_idx').on(t.idx, t.seq),
  ],
);

/** Latin words seen in documents: prefix completion and typo candidates (pg_trgm). */
export const searchTerms = pgTable(
  'search_terms',
  {
    idx: text('idx').notNull(),
    term: text('term').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.idx, t.term] }),
    index('search_terms_trgm_idx').using('gin', sql`${t.term} gin_trgm_ops`),
  ],
);
