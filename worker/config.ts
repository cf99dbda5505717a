import { z } from 'zod';

// Configuration is read once per host from its environment and validated here; a bad value
// stops the start with a message that names the variable.

const optionalUrl = z.string().url().optional();

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.string().optional(),
  PUBLIC_URL: optionalUrl,
  ADMIN_EMAIL: z.string().email().default('admin@techmarket.local'),
  ADMIN_PASSWORD: z.string().min(8).default('techmarket-admin'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  MEILISEARCH_URL: optionalUrl,
  MEILISEARCH_KEY: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** account.updated from connected accounts arrives on the Connect endpoint, signed with its own secret. */
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_CONNECT_COUNTRY: z.string().length(2).optional(),
  /** The publishable key (pk_…) for Stripe.js on the card checkout page; without it the buyer cannot pay by card in the browser. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, 'must start with pk_test_ or pk_live_')
    .optional(),
  /** The platform's receiving account for bank transfers (对公转账), shown in payment instructions. */
  BANK_PAYEE_NAME: z.string().default('TechMarket 演示收款账户（请勿汇款）'),
  BANK_NAME: z.string().default('演示银行'),
  BANK_BRANCH: z.string().optional(),
  BANK_ACCOUNT_NUMBER: z.string().default('0000 0000 0000 0000'),
  /** fsync: every commit reaches the disk (default); os-buffered: PGlite's own, safe against a killed process only. */
  PGLITE_DURABILITY: z.enum(['fsync', 'os-buffered']).default('fsync'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, unknown>): Config {
  const values = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '' && v !== undefined));
  const result = configSchema.safeParse(values);
  if (result.success) {
    assertProductionReady(result.data);
    return result.data;
  }
  const lines = result.error.issues.map(
    (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(values[String(i.path[0])])})`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Demo defaults are fine locally; in production they would send buyers' money nowhere. */
function assertProductionReady(config: Config) {
  if (config.NODE_ENV !== 'production' || config.STRIPE_SECRET_KEY) return;
  if (config.BANK_ACCOUNT_NUMBER.startsWith('0000')) {
    throw new ConfigError(
      'Invalid configuration:\n  BANK_ACCOUNT_NUMBER: set the real receiving account (or STRIPE_SECRET_KEY) in production',
    );
  }
}
