import type { Logger } from '../ports';

// On SIGINT/SIGTERM the Node host stops taking requests and closes the database before it
// exits: a PGlite killed mid-write can leave a folder that no longer opens.

export type Closer = () => Promise<void> | void;

export interface GracefulShutdown {
  /** Adds a closer. Closers run once, newest first: register the database before the server. */
  register(name: string, close: Closer): void;
  /** Runs the closers and exits; what a signal triggers, callable for other fatal paths. */
  shutdown(reason: string): Promise<void>;
  /** Removes the signal handlers (tests). */
  uninstall(): void;
}

export interface GracefulShutdownOptions {
  logger: Logger;
  signals?: NodeJS.Signals[];
  /** Exit anyway if the closers take longer than this. */
  timeoutMs?: number;
  exit?: (code: number) => void;
}

const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
/** A Ctrl-C reaches node from the terminal and again relayed by npm/tsx; that is one signal, not two. */
const RELAY_WINDOW_MS = 250;

export function installGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { logger, signals = ['SIGINT', 'SIGTERM'], timeoutMs = 10_000 } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const closers: { name: string; close: Closer }[] = [];
  let running: Promise<void> | undefined;
  let firstSignalAt = 0;

  const shutdown = (reason: string): Promise<void> => {
    running ??= (async () => {
      logger.info('shutting down', { reason });
      const timer = setTimeout(() => {
        logger.error('shutdown timed out; exiting without finishing', { timeoutMs });
        exit(1);
      }, timeoutMs);
      timer.unref();
      const failed = await runClosers(closers, logger);
      clearTimeout(timer);
      exit(failed ? 1 : 0);
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (running) {
      if (Date.now() - firstSignalAt < RELAY_WINDOW_MS) return;
      logger.warn('second signal: exiting immediately', { signal });
      exit(SIGNAL_EXIT_CODES[signal] ?? 1);
      return;
    }
    firstSignalAt = Date.now();
    void shutdown(signal);
  };
  for (const signal of signals) process.on(signal, onSignal);

  return {
    register: (name, close) => {
      closers.push({ name, close });
    },
    shutdown,
    uninstall: () => {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
}

async function runClosers(closers: { name: string; close: Closer }[], logger: Logger): Promise<boolean> {
  let failed = false;
  for (const { name, close } of [...closers].reverse()) {
    try {
      await close();
      logger.info('closed', { name });
    } catch (error) {
      failed = true;
      logger.error('close failed', { name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failed;
}
