import { neonConfig, Pool } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import * as schema from '../../schema/index';
import type { Database, DatabaseProvider } from '../db';

/**
 * Neon on Workers: a WebSocket Pool per request (Workers may not reuse sockets across
 * requests), so interactive transactions work; closed after the response.
 * NEON_WS_PROXY points the driver at a local WebSocket→TCP relay for development and tests.
 */
export function neonDatabase(connectionString: string, wsProxy?: string): DatabaseProvider {
  if (wsProxy) {
    neonConfig.wsProxy = (host, port) => `${wsProxy}?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  }
  return {
    async acquire() {
      const pool = new Pool({ connectionString });
      // Without a listener the pool reports "Network connection lost" after end() in workerd.
      pool.on('error', () => {});
      const db = drizzle(pool, { schema }) as unknown as Database;
      return { db, release: () => pool.end() };
    },
  };
}
