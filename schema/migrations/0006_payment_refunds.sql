CREATE TABLE "payment_refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"refund_total" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"cause" text NOT NULL,
	"provider_ref" text,
	"idempotency_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"failure_code" text,
	"failure_reason" text,
	"ambiguous" boolean DEFAULT false NOT NULL,
	"requested_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "payment_refunds_total_idx" ON "payment_refunds" USING btree ("payment_id","refund_total");--> statement-breakpoint
CREATE INDEX "payment_refunds_deal_idx" ON "payment_refunds" USING btree ("tenant_id","deal_id");--> statement-breakpoint
CREATE INDEX "payment_refunds_provider_ref_idx" ON "payment_refunds" USING btree ("provider_ref");