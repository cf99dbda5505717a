import type { Database } from '../db';
import type { Clock, Logger, Queue } from '../ports';
import { drainAll, type OutboxHandler } from './drainer';

/**
 * The Node host's queue: a notify schedules a drain on the next tick, and a sweep every few
 * seconds catches retries and anything a crash left behind. One drain runs at a time.
 */
export function inProcessOutbox(options: {
  db: Database;
  handlers: OutboxHandler[];
  clock: Clock;
  logger: Logger;
  sweepMs?: number;
}): Queue & { drainNow(): Promise<void>; stop(): void } {
  let running: Promise<void> | null = null;
  let again = false;
  const drainNow = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drainAll(options.db, options.handlers, options);
        } while (again);
      } catch (error) {
        options.logger.warn('outbox drain failed', { error: String(error) });
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void drainNow(), options.sweepMs ?? 5000);
  timer.unref?.();
  return {
    async notify() {
      setTimeout(() => void drainNow(), 0);
    },
    drainNow,
    stop() {
      clearInterval(timer);
    },
  };
}
