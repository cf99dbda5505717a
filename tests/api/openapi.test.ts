import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json } from '../support/harness';

let h: Harness;
let spec: Json;
beforeAll(async () => {
  h = await Harness.start();
  spec = (await h.client().get('/openapi.json')).body;
});
afterAll(() => h.close());

// The public contract of issue 2: every route must be in the published spec.
const CONTRACT: [method: string, path: string][] = [
  ['post', '/v1/auth/signup'],
  ['post', '/v1/auth/login'],
  ['post', '/v1/auth/logout'],
  ['get', '/v1/me'],
  ['post', '/v1/organizations'],
  ['get', '/v1/organizations'],
  ['get', '/v1/organizations/{id}'],
  ['post', '/v1/organizations/{id}/members'],
  ['get', '/v1/listings'],
  ['post', '/v1/listings'],
  ['get', '/v1/listings/{id}'],
  ['patch', '/v1/listings/{id}'],
  ['delete', '/v1/listings/{id}'],
  ['post', '/v1/listings/{id}/submit'],
  ['post', '/v1/listings/{id}/publish'],
  ['post', '/v1/listings/{id}/reject'],
  ['post', '/v1/listings/{id}/archive'],
  ['get', '/v1/demands'],
  ['post', '/v1/demands'],
  ['get', '/v1/demands/{id}'],
  ['patch', '/v1/demands/{id}'],
  ['post', '/v1/demands/{id}/publish'],
  ['post', '/v1/demands/{id}/close'],
  ['get', '/v1/sectors'],
  ['get', '/v1/stats'],
];

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document served as JSON', async () => {
    const res = await h.client().get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.info.title).toEqual(expect.any(String));
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each(CONTRACT)('lists %s %s with a summary and a success response', (method, path) => {
    const op = spec.paths?.[path]?.[method];
    expect(op, `${method.toUpperCase()} ${path} is missing from the spec`).toBeDefined();
    expect(op.summary).toEqual(expect.any(String));
    expect(Object.keys(op.responses).some((code) => code.startsWith('2'))).toBe(true);
  });

  it('every operation declares the shared problem+json error responses', () => {
    for (const [path, item] of Object.entries<Json>(spec.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        for (const code of ['400', '401', '403', '404', '409', '422']) {
          const content = op.responses?.[code]?.content;
          expect(content?.['application/problem+json'], `${method} ${path} lacks ${code}`).toBeDefined();
        }
      }
    }
    expect(spec.components.schemas.Problem).toBeDefined();
  });

  it('request bodies of the contract refer to named schemas (shared shapes are named)', () => {
    const body = (method: string, path: string) =>
      spec.paths[path][method].requestBody?.content?.['application/json']?.schema;
    expect(body('post', '/v1/listings').$ref).toMatch(/CreateListing$/);
    expect(body('patch', '/v1/listings/{id}').$ref).toMatch(/UpdateListing$/);
    expect(body('post', '/v1/demands').$ref).toMatch(/CreateDemand$/);
    expect(body('post', '/v1/auth/signup').$ref).toMatch(/SignupRequest$/);
    for (const name of ['Listing', 'Demand', 'Organization', 'User', 'Problem'])
      expect(spec.components.schemas[name], name).toBeDefined();
  });

  it('path parameters are declared for every templated path', () => {
    for (const [path, item] of Object.entries<Json>(spec.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values<Json>(item)) {
        const declared = (op.parameters ?? []).filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
        expect(declared.sort(), path).toEqual(names.sort());
      }
    }
  });
});

describe('GET /docs', () => {
  it('renders the API reference as HTML pointing at /openapi.json', async () => {
    const res = await h.client().get('/docs');
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^text\/html/);
    expect(String(res.body)).toContain('/openapi.json');
  });
});
