import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { DealIdParam } from '../deals/schemas';
import { dealLedger } from './service';

export const ledgerRoutes = createRouter();

const LedgerSchema = z
  .object({
    dealId: z.string(),
    entries: z.array(
      z.object({
        id: z.string(),
        movement: z
          .string()
          .openapi({ description: 'The movement the line belongs to; its lines sum to zero.' }),
        paymentId: z.string().nullable(),
        account: z.string().openapi({ example: 'escrow:deal_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
        amount: z
          .number()
          .int()
          .openapi({ description: 'Debit (into the account) positive, credit negative; minor units.' }),
        currency: z.string(),
        memo: z.string(),
        createdAt: z.string(),
      }),
    ),
    totals: z
      .array(z.object({ currency: z.string(), total: z.number().int() }))
      .openapi({ description: 'Always zero per currency.' }),
    balanced: z.boolean(),
    balances: z.array(
      z.object({ account: z.string(), party: z.string(), currency: z.string(), balance: z.number().int() }),
    ),
  })
  .openapi('DealLedger');

ledgerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/deals/{id}/ledger',
    tags: ['deals'],
    summary: 'The deal’s double-entry ledger: lines, totals (zero) and balances per party',
    request: { params: DealIdParam },
    responses: { 200: jsonResponse(LedgerSchema, 'The ledger'), ...errorResponses },
  }),
  async (c) => c.json(await dealLedger(serviceContext(c), c.req.valid('param').id), 200),
);
