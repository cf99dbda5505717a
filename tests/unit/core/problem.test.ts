import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { DomainError, Invalid, NotFound, StateConflict, VersionConflict } from '../../../worker/lib/errors';
import { fieldIssues, nulIssues } from '../../../worker/lib/openapi';
import { PROBLEM_BASE, problemBody } from '../../../worker/lib/problem';
import { preferredLocale } from '../../../worker/middleware/context';

describe('problemBody', () => {
  it('gives a stable type per code, the status, and a title in the reader language', () => {
    const zh = problemBody('validation', 'bad', 'zh');
    const en = problemBody('validation', 'bad', 'en');
    expect(zh).toMatchObject({
      type: `${PROBLEM_BASE}validation`,
      status: 422,
      title: '输入有误',
      detail: 'bad',
    });
    expect(en).toMatchObject({ type: `${PROBLEM_BASE}validation`, status: 422, title: 'Invalid input' });
  });

  it('maps every domain error to its status', () => {
    const cases: [DomainError, number][] = [
      [new Invalid('x'), 422],
      [new NotFound('Listing', 'lst_1'), 404],
      [new StateConflict('listing', 'draft', 'publish', ['submitted']), 409],
      [new VersionConflict('listing', 1, 2), 409],
      [new DomainError('tenant-not-found', 'x'), 404],
      [new DomainError('payload-too-large', 'x'), 413],
      [new DomainError('unsupported-media-type', 'x'), 415],
      [new DomainError('idempotency-mismatch', 'x'), 422],
    ];
    for (const [error, status] of cases)
      expect(problemBody(error.code, error.message, 'en').status, error.code).toBe(status);
  });

  it('state and version conflicts carry the state and the current version', () => {
    expect(new StateConflict('listing', 'draft', 'publish', ['submitted']).extra).toEqual({
      state: 'draft',
      allowedFrom: ['submitted'],
    });
    expect(new VersionConflict('listing', 1, 3).extra).toEqual({ currentVersion: 3 });
  });
});

describe('field issues', () => {
  it('joins nested zod paths with dots and names the body when there is no path', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.number() })) });
    const result = schema.safeParse({ a: [{ b: 'x' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldIssues(result.error).map((f) => f.path)).toEqual(['a.0.b']);
    const top = z.object({}).safeParse(null);
    if (!top.success) expect(fieldIssues(top.error)[0]?.path).toBe('(body)');
  });

  it('finds NUL characters anywhere in validated input', () => {
    expect(nulIssues({ a: 'ok', b: ['x', 'y\u0000'], c: { d: '\u0000' } }).map((f) => f.path)).toEqual([
      'b.1',
      'c.d',
    ]);
    expect(nulIssues({ a: 'fine', n: 1, z: null })).toEqual([]);
    expect(nulIssues('\u0000')[0]?.path).toBe('(body)');
  });
});

describe('preferredLocale', () => {
  it.each([
    [undefined, 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh;q=0.2, en;q=0.9', 'en'],
    ['fr-FR, de', 'zh'],
    ['fr, en;q=0.5', 'en'],
    [';;;,q=', 'zh'],
  ])('%s → %s', (header, locale) => {
    expect(preferredLocale(header)).toBe(locale);
  });
});
