import { openEmbeddedDatabase } from '../../worker/host/pglite';
import { silentLogger } from '../../worker/ports';

export interface AcknowledgedWritesReport {
  /** Acknowledged ids not found after reopening the folder. */
  missing: string[];
  /** How many acknowledged ids were found. */
  found: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Reopens `dataDir` (taking over the lock a killed process left) and reports which of the
 * acknowledged ids are not in `table`. Opening itself is part of the check: a folder that will
 * not open throws DataDirUnreadableError.
 */
export async function checkAcknowledgedWrites(input: {
  dataDir: string;
  ids: readonly (string | number)[];
  table?: string;
  idColumn?: string;
}): Promise<AcknowledgedWritesReport> {
  const { table = 'crash_probe', idColumn = 'id' } = input;
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(idColumn)) throw new Error('bad table or column name');
  const wanted = input.ids.map(String);
  const db = await openEmbeddedDatabase({ dataDir: input.dataDir, logger: silentLogger });
  try {
    const result = await db.client.query<{ id: string }>(
      `SELECT ${idColumn}::text AS id FROM ${table} WHERE ${idColumn}::text = ANY($1::text[])`,
      [wanted],
    );
    const present = new Set(result.rows.map((row) => row.id));
    return { missing: wanted.filter((id) => !present.has(id)), found: present.size };
  } finally {
    await db.close();
  }
}
