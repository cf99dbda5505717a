// The production SearchEngine: Meilisearch through its JS client (fetch-based, so it runs on
// Workers and Node alike). Settings come from the setup step; writes wait for their task so
// the outbox only marks an event done once the index really holds it.
import { type Index, Meilisearch, type SearchParams, type Task } from 'meilisearch';
import {
  encodeCursor,
  FACETS,
  pageOf,
  type SearchDocument,
  type SearchEngine,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
  type SearchVisibility,
  type TenantTokenResult,
} from '../port';
import { validateFilters } from '../validate';
import { fromMeiliDocument, toMeiliDocument } from './documents';
import { filterExpression, sortExpression } from './filters';
import { POST, PRE, pickFormatted } from './highlight';
import { indexSettings } from './settings';
import { clampExpiry, type SigningKey, signTenantToken } from './token';

export interface MeilisearchOptions {
  url: string;
  /** Admin (or master) key for setup, writes and searches from the API. */
  apiKey?: string;
  /** Search key (and its uid) that signs tenant tokens; looked up among the keys when omitted. */
  tenantTokenKey?: SigningKey;
  /** Prefix for index uids, so several environments can share one Meilisearch. */
  indexPrefix?: string;
  batchSize?: number;
  /** How long to wait for a write task. */
  taskTimeoutMs?: number;
}

export class MeilisearchTaskError extends Error {}

function ensureSucceeded(task: Task): Task {
  if (task.status !== 'succeeded') {
    throw new MeilisearchTaskError(
      `Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no detail'}`,
    );
  }
  return task;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private signing: SigningKey | undefined;

  constructor(private readonly options: MeilisearchOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.signing = options.tenantTokenKey;
  }

  uid(index: SearchIndex): string {
    return `${this.options.indexPrefix ?? ''}${index}`;
  }

  private index(index: SearchIndex): Index<SearchDocument> {
    return this.client.index<SearchDocument>(this.uid(index));
  }

  private wait() {
    return { timeout: this.options.taskTimeoutMs ?? 60_000, interval: 100 };
  }

  async ensureIndexes(): Promise<void> {
    for (const index of ['listings', 'demands'] as const) {
      const created = await this.client
        .createIndex(this.uid(index), { primaryKey: 'id' })
        .waitTask(this.wait());
      // An existing index answers index_already_exists: fine for a setup step that runs on every deploy.
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists')
        ensureSucceeded(created);
      ensureSucceeded(await this.index(index).updateSettings(indexSettings()).waitTask(this.wait()));
    }
  }

  async upsert(index: SearchIndex, documents: SearchDocument[]): Promise<void> {
    const size = this.options.batchSize ?? 1000;
    for (let i = 0; i < documents.length; i += size) {
      const batch = documents.slice(i, i + size).map(toMeiliDocument);
      ensureSucceeded(
        await this.index(index).addDocuments(batch, { primaryKey: 'id' }).waitTask(this.wait()),
      );
    }
  }

  async remove(index: SearchIndex, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    ensureSucceeded(await this.index(index).deleteDocuments(ids).waitTask(this.wait()));
  }

  async search(index: SearchIndex, request: SearchRequest): Promise<SearchResult> {
    const started = performance.now();
    const { limit, offset } = pageOf(request);
    validateFilters(request.filters);
    const response = await this.index(index).search(request.q ?? '', searchParams(request, limit, offset));
    const total = response.estimatedTotalHits ?? response.hits.length;
    return {
      hits: response.hits.map((hit) => {
        const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
        const document = fromMeiliDocument(hit as unknown as Record<string, unknown>);
        return {
          id: document.id,
          document,
          highlights: {
            title: pickFormatted(formatted.titleZh, formatted.titleEn),
            summary: pickFormatted(formatted.summaryZh, formatted.summaryEn),
          },
        };
      }),
      total,
      approximate: true,
      facets: (response.facetDistribution ?? {}) as SearchResult['facets'],
      nextCursor: offset + limit < total ? encodeCursor(offset + limit) : null,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  async tenantToken(visibility: SearchVisibility, options: { expiresAt: Date }): Promise<TenantTokenResult> {
    const expiresAt = clampExpiry(options.expiresAt);
    const indexes = [this.uid('listings'), this.uid('demands')];
    const token = await signTenantToken(await this.signingKey(), visibility, indexes, expiresAt);
    return { token, host: this.options.url, indexes, expiresAt: expiresAt.toISOString() };
  }

  /** The first key allowed to search every index (Meilisearch's "Default Search API Key"). */
  private async signingKey(): Promise<SigningKey> {
    if (this.signing) return this.signing;
    const keys = await this.client.getKeys({ limit: 100 });
    const key = keys.results.find(
      (k) => k.actions.some((a) => a === 'search' || a === '*') && k.indexes.includes('*') && !k.expiresAt,
    );
    if (!key)
      throw new Error('No Meilisearch search key to sign tenant tokens; set one in the configuration.');
    this.signing = { key: key.key, uid: key.uid };
    return this.signing;
  }
}

export function searchParams(request: SearchRequest, limit: number, offset: number): SearchParams {
  return {
    filter: filterExpression(request.filters, request.visibility),
    facets: [...(request.facets ?? FACETS)],
    sort: sortExpression(request.sort),
    limit,
    offset,
    attributesToHighlight: ['titleZh', 'titleEn', 'summaryZh', 'summaryEn'],
    attributesToCrop: ['summaryZh', 'summaryEn'],
    cropLength: 60,
    highlightPreTag: PRE,
    highlightPostTag: POST,
  };
}
