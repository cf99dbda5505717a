CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE SEQUENCE "public"."search_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "search_documents" (
	"idx" text NOT NULL,
	"doc_key" integer NOT NULL,
	"id" text NOT NULL,
	"seq" bigint NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"tenant_id" text,
	"sector" text,
	"trl" smallint,
	"modes_mask" integer DEFAULT 0 NOT NULL,
	"price_min" bigint,
	"price_max" bigint,
	"ip_type" text,
	"org_type" text,
	"region" text,
	"score" real,
	"selected" boolean DEFAULT false NOT NULL,
	"created_ms" double precision,
	"updated_ms" double precision,
	"body" jsonb,
	CONSTRAINT "search_documents_idx_doc_key_pk" PRIMARY KEY("idx","doc_key")
);
--> statement-breakpoint
CREATE TABLE "search_postings" (
	"idx" text NOT NULL,
	"term" text NOT NULL,
	"block" integer NOT NULL,
	"data" text NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "search_postings_idx_term_block_pk" PRIMARY KEY("idx","term","block")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"idx" text NOT NULL,
	"term" text NOT NULL,
	CONSTRAINT "search_terms_idx_term_pk" PRIMARY KEY("idx","term")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "search_documents_id_idx" ON "search_documents" USING btree ("idx","id");--> statement-breakpoint
CREATE INDEX "search_documents_seq_idx" ON "search_documents" USING btree ("idx","seq");--> statement-breakpoint
CREATE INDEX "search_postings_seq_idx" ON "search_postings" USING btree ("idx","seq");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);