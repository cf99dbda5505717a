// The small interfaces the app depends on. Each has a production and an embedded adapter,
// chosen once by the host from configuration; handlers never import an adapter.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const LEVELS = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;
export type LogLevel = keyof typeof LEVELS;

/** JSON lines on the console, from `level` up. */
export function consoleLoggerAt(level: LogLevel): Logger {
  const on = (l: LogLevel) => LEVELS[l] >= LEVELS[level];
  return {
    info: (message, data) => on('info') && console.info(JSON.stringify({ level: 'info', message, ...data })),
    warn: (message, data) => on('warn') && console.warn(JSON.stringify({ level: 'warn', message, ...data })),
    error: (message, data) =>
      on('error') && console.error(JSON.stringify({ level: 'error', message, ...data })),
  } as Logger;
}

export const consoleLogger: Logger = consoleLoggerAt('info');

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** Wakes the outbox drainer after a commit; the drainer itself reads the outbox table. */
export interface Queue {
  notify(eventIds: string[]): Promise<void>;
}

export const noopQueue: Queue = { notify: async () => {} };

export interface BlobStore {
  put(key: string, body: ArrayBuffer | Uint8Array | string, contentType: string): Promise<void>;
  get(key: string): Promise<{ body: ReadableStream | Uint8Array; contentType: string } | null>;
  delete(key: string): Promise<void>;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
