import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from '../env';
import type { FieldIssue } from './errors';
import { problemResponse } from './problem';

// Every module builds its routes on this router so that validation failures everywhere become
// the same 422 problem+json with field details, and bad JSON the same 400.

export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
    code: issue.code,
  }));
}

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store (it would answer 500). */
export function nulIssues(value: unknown, path: string[] = []): FieldIssue[] {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [
          {
            path: path.join('.') || '(body)',
            message: 'must not contain NUL characters',
            code: 'invalid_string',
          },
        ]
      : [];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => nulIssues(v, [...path, key]));
  }
  return [];
}

export function createRouter(options: { invalidInput?: 'validation' | 'bad-request' } = {}) {
  const code = options.invalidInput ?? 'validation';
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problemResponse(c, code, `The ${result.target} has invalid fields.`, {
          fields: fieldIssues(result.error),
        });
      }
      const nul = nulIssues(result.data);
      if (nul.length > 0)
        return problemResponse(c, code, `The ${result.target} has invalid fields.`, { fields: nul });
    },
  });
}

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://techmarket.dev/problems/validation' }),
    title: z.string().openapi({ example: '输入有误' }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string().openapi({ example: 'The json has invalid fields.' }),
    instance: z.string().optional().openapi({ example: '/v1/listings' }),
    requestId: z.string().optional().openapi({ example: 'req_01JD…' }),
    fields: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional()
      .openapi({ description: 'Which fields are wrong and why (validation errors only).' }),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The shared error responses every route declares. */
export const errorResponses = {
  400: problem('Malformed request (for example invalid JSON).'),
  401: problem('No valid session or API key.'),
  403: problem('The credential may not do this.'),
  404: problem('Not found, or not visible to this tenant.'),
  409: problem('State or version conflict; a lost race.'),
  422: problem('Validation failed; see `fields`.'),
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T, description = 'Request body') => ({
  body: { content: { 'application/json': { schema } }, required: true, description },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
