CREATE TABLE "payout_confirmations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"party" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "reversed_split" jsonb;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "reversals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "payout_confirmations_party_idx" ON "payout_confirmations" USING btree ("payment_id","party");