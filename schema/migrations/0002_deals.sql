CREATE TABLE "confidential_views" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"listing_id" text NOT NULL,
	"user_id" text NOT NULL,
	"org_id" text,
	"nda_acceptance_id" text,
	"request_id" text,
	"viewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_signatures" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"contract_id" text NOT NULL,
	"contract_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"side" text NOT NULL,
	"user_id" text NOT NULL,
	"org_id" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_contracts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"version" integer NOT NULL,
	"offer_id" text NOT NULL,
	"content_zh" text NOT NULL,
	"content_en" text NOT NULL,
	"content_hash" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_milestones" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"share_bps" integer,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"due_date" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"changes_requested" text,
	"paid_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"side" text NOT NULL,
	"proposed_by" text NOT NULL,
	"mode" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"terms" text,
	"ip_terms" text,
	"message" text,
	"expires_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"responded_by" text,
	"responded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiries" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"listing_id" text NOT NULL,
	"seller_org_id" text NOT NULL,
	"buyer_org_id" text,
	"buyer_user_id" text NOT NULL,
	"broker_user_id" text,
	"subject" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiry_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"inquiry_id" text NOT NULL,
	"author_user_id" text NOT NULL,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"payment_id" text,
	"movement_key" text NOT NULL,
	"line_no" bigint NOT NULL,
	"account" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"memo" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nda_acceptances" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"listing_id" text NOT NULL,
	"nda_text_id" text NOT NULL,
	"nda_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"org_id" text,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nda_texts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"listing_id" text NOT NULL,
	"version" integer NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	"content_hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"deal_id" text NOT NULL,
	"milestone_id" text NOT NULL,
	"rail" text NOT NULL,
	"status" text DEFAULT 'requires_payment' NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"reference" text NOT NULL,
	"provider_ref" text,
	"source_ref" text,
	"instructions" jsonb,
	"split" jsonb NOT NULL,
	"evidence" jsonb,
	"transfers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"amount_refunded" bigint DEFAULT 0 NOT NULL,
	"confirmed_by" text,
	"paid_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"party_kind" text NOT NULL,
	"party_id" text NOT NULL,
	"rail" text NOT NULL,
	"account_id" text NOT NULL,
	"charges_enabled" boolean DEFAULT false NOT NULL,
	"payouts_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"rail" text NOT NULL,
	"type" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "inquiry_id" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "terms" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "ip_terms" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "agreed_offer_id" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "disputed_from" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "confidential_views_listing_idx" ON "confidential_views" USING btree ("listing_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_signatures_once_idx" ON "contract_signatures" USING btree ("contract_id","side");--> statement-breakpoint
CREATE INDEX "contract_signatures_deal_idx" ON "contract_signatures" USING btree ("deal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_contracts_version_idx" ON "deal_contracts" USING btree ("deal_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_contracts_hash_idx" ON "deal_contracts" USING btree ("deal_id","content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_milestones_seq_idx" ON "deal_milestones" USING btree ("deal_id","seq");--> statement-breakpoint
CREATE INDEX "deal_milestones_tenant_idx" ON "deal_milestones" USING btree ("tenant_id","deal_id");--> statement-breakpoint
CREATE INDEX "deal_offers_deal_idx" ON "deal_offers" USING btree ("deal_id","id");--> statement-breakpoint
CREATE INDEX "inquiries_listing_idx" ON "inquiries" USING btree ("tenant_id","listing_id","id");--> statement-breakpoint
CREATE INDEX "inquiries_buyer_idx" ON "inquiries" USING btree ("buyer_user_id","id");--> statement-breakpoint
CREATE INDEX "inquiry_messages_thread_idx" ON "inquiry_messages" USING btree ("inquiry_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_movement_line_idx" ON "ledger_entries" USING btree ("movement_key","line_no");--> statement-breakpoint
CREATE INDEX "ledger_deal_idx" ON "ledger_entries" USING btree ("tenant_id","deal_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "nda_acceptances_once_idx" ON "nda_acceptances" USING btree ("nda_text_id","user_id");--> statement-breakpoint
CREATE INDEX "nda_acceptances_listing_idx" ON "nda_acceptances" USING btree ("listing_id","accepted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "nda_texts_listing_version_idx" ON "nda_texts" USING btree ("listing_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_milestone_idx" ON "payments" USING btree ("milestone_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_reference_idx" ON "payments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "payments_provider_ref_idx" ON "payments" USING btree ("provider_ref");--> statement-breakpoint
CREATE INDEX "payments_deal_idx" ON "payments" USING btree ("tenant_id","deal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_accounts_party_idx" ON "payout_accounts" USING btree ("party_kind","party_id","rail");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_accounts_account_idx" ON "payout_accounts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "deals_buyer_idx" ON "deals" USING btree ("buyer_org_id","id");--> statement-breakpoint
CREATE INDEX "deals_seller_idx" ON "deals" USING btree ("seller_org_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_registration_idx" ON "deals" USING btree ("registration_number");