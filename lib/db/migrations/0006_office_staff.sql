CREATE TABLE "staff_account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_number" varchar(20) NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret_sealed" text,
	"totp_enrolled_at" timestamp with time zone,
	"roles" text[] NOT NULL,
	"region" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "staff_account_staff_number_unique" UNIQUE("staff_number"),
	CONSTRAINT "staff_account_failed_attempts_range" CHECK ("staff_account"."failed_attempts" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "staff_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_event_staff_idx" ON "audit_event" USING btree ("staff_id","at");