/// <reference types="@cloudflare/vitest-plugin/types" />
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { pgSkipReason } from './postgres';

// The deployed entry itself (worker/index.ts, as wrangler.toml names it), called through its
// own fetch inside workerd, with DATABASE_URL and NEON_WS_PROXY bound as on Cloudflare.
if (pgSkipReason) console.info(`[workerd] Worker entry tests skipped: ${pgSkipReason}`);

describe.skipIf(Boolean(pgSkipReason))('the Worker entry (worker/index.ts) in workerd', () => {
  it('answers /health after a round trip to PostgreSQL through the Neon Pool', async () => {
    const res = await SELF.fetch('http://techmarket.test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('serves the OpenAPI 3.1 document and the API reference', async () => {
    const spec = await SELF.fetch('http://techmarket.test/openapi.json');
    expect(spec.status).toBe(200);
    const body = (await spec.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/v1/listings/{id}');
    const docs = await SELF.fetch('http://techmarket.test/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
  });
});
