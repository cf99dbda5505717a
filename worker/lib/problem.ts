import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Locale } from '../../schema/enums';
import { DomainError, type ProblemCode } from './errors';

// RFC 9457 problem details: a stable `type` per code, a title in the reader's language,
// the request id, and field details for validation errors. Never a stack trace.

const STATUS: Record<ProblemCode, number> = {
  'bad-request': 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'state-conflict': 409,
  'version-conflict': 409,
  'idempotency-in-progress': 409,
  'idempotency-mismatch': 422,
  'tenant-not-found': 404,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
};

const TITLES: Record<ProblemCode, Record<Locale, string>> = {
  'bad-request': { zh: '请求格式错误', en: 'Malformed request' },
  validation: { zh: '输入有误', en: 'Invalid input' },
  unauthenticated: { zh: '请先登录', en: 'Authentication required' },
  forbidden: { zh: '无权执行此操作', en: 'Not allowed' },
  'not-found': { zh: '未找到', en: 'Not found' },
  conflict: { zh: '与现有数据冲突', en: 'Conflict' },
  'state-conflict': { zh: '当前状态不允许此操作', en: 'Not allowed in the current state' },
  'version-conflict': { zh: '数据已被他人修改', en: 'Changed by someone else' },
  'idempotency-in-progress': { zh: '相同请求正在处理中', en: 'Same request in progress' },
  'idempotency-mismatch': {
    zh: '幂等键已用于不同的请求',
    en: 'Idempotency key reused with a different request',
  },
  'tenant-not-found': { zh: '未找到该平台', en: 'Tenant not found' },
  'payload-too-large': { zh: '请求内容过大', en: 'Payload too large' },
  'unsupported-media-type': { zh: '不支持的内容类型', en: 'Unsupported media type' },
  'rate-limited': { zh: '请求过于频繁', en: 'Too many requests' },
  unavailable: { zh: '服务暂不可用', en: 'Service unavailable' },
  internal: { zh: '服务器内部错误', en: 'Internal error' },
};

export const PROBLEM_BASE = 'https://techmarket.dev/problems/';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  [key: string]: unknown;
}

export function problemBody(
  code: ProblemCode,
  detail: string,
  locale: Locale,
  extra: Record<string, unknown> = {},
) {
  return {
    type: `${PROBLEM_BASE}${code}`,
    title: TITLES[code][locale],
    status: STATUS[code],
    detail,
    ...extra,
  } satisfies ProblemBody;
}

export function problemResponse(
  c: Context,
  code: ProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const locale = (c.get('locale') as Locale | undefined) ?? 'en';
  const body = {
    ...problemBody(code, detail, locale, extra),
    instance: c.req.path,
    requestId: c.get('requestId'),
  };
  return c.body(JSON.stringify(body), STATUS[code] as 400, { 'content-type': 'application/problem+json' });
}

/** The app's one error handler: domain errors, Hono's own exceptions, then anything else as 500. */
export function handleError(err: Error, c: Context) {
  if (err instanceof DomainError) return problemResponse(c, err.code, err.message, err.extra);
  if (isHttpException(err)) {
    const code = codeForStatus(err.status);
    return problemResponse(c, code, err.message || TITLES[code].en);
  }
  const logger = c.get('logger') as { error: (m: string, d?: Record<string, unknown>) => void } | undefined;
  logger?.error('unhandled error', { requestId: c.get('requestId'), error: String(err), stack: err.stack });
  return problemResponse(c, 'internal', 'Something went wrong on our side; the request id identifies it.');
}

/**
 * Hono's own exceptions (bad JSON, wrong content type, body limit). Checked by shape as well as
 * by class: bundled for workerd, a dependency may carry its own copy of Hono's class.
 */
function isHttpException(err: Error): err is HTTPException {
  if (err instanceof HTTPException) return true;
  const candidate = err as Partial<HTTPException>;
  return typeof candidate.status === 'number' && typeof candidate.getResponse === 'function';
}

function codeForStatus(status: number): ProblemCode {
  if (status === 400) return 'bad-request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload-too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  return status >= 500 ? 'internal' : 'bad-request';
}
