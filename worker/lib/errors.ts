// The one error vocabulary of the services. They throw these; `problem.ts` alone turns them
// into HTTP (application/problem+json), so services know nothing of status codes.

export type ProblemCode =
  | 'bad-request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'state-conflict'
  | 'version-conflict'
  | 'idempotency-in-progress'
  | 'idempotency-mismatch'
  | 'tenant-not-found'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly extra: { fields?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends DomainError {
  constructor(message: string, fields: FieldIssue[] = []) {
    super('validation', message, { fields });
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in or send a valid API key.') {
    super('unauthenticated', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** Also used where a 403 would reveal that another tenant's record exists. */
export class NotFound extends DomainError {
  constructor(entity: string, id?: string) {
    super('not-found', id ? `${entity} ${id} was not found.` : `${entity} was not found.`, { entity });
  }
}

export class Conflict extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('conflict', message, extra);
  }
}

/** A transition asked from a state that does not allow it (or a race lost to another request). */
export class StateConflict extends DomainError {
  constructor(entity: string, from: string, action: string, allowed: readonly string[] = []) {
    super('state-conflict', `Cannot ${action} a ${entity} that is ${from}.`, {
      state: from,
      allowedFrom: allowed,
    });
  }
}

export class VersionConflict extends DomainError {
  constructor(entity: string, expected: number, actual: number) {
    super('version-conflict', `The ${entity} changed meanwhile (version ${actual}, you sent ${expected}).`, {
      currentVersion: actual,
    });
  }
}
