CREATE TABLE "account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" varchar(11) NOT NULL,
	"person_id" text,
	"bound_at" timestamp with time zone,
	"real_name_failures" integer DEFAULT 0 NOT NULL,
	"real_name_locked_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "account_phone_unique" UNIQUE("phone"),
	CONSTRAINT "account_person_id_unique" UNIQUE("person_id"),
	CONSTRAINT "account_real_name_failures_range" CHECK ("account"."real_name_failures" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"account_id" uuid,
	"person_id" text,
	"phone_ref" varchar(16),
	"client_ref" varchar(16),
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employee_account" (
	"person_id" text PRIMARY KEY NOT NULL,
	"province" text NOT NULL,
	"city" text NOT NULL,
	"status" text NOT NULL,
	"historical_balance_fen" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "employee_account_balance_not_negative" CHECK ("employee_account"."historical_balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insurance_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"coverage_year" integer NOT NULL,
	"region" text NOT NULL,
	"category" text NOT NULL,
	"zero_claim" boolean DEFAULT false NOT NULL,
	CONSTRAINT "insurance_history_person_year" UNIQUE("person_id","coverage_year")
);
--> statement-breakpoint
CREATE TABLE "otp_challenge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" varchar(11) NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "otp_challenge_attempts_range" CHECK ("otp_challenge"."attempts" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "rate_limit_cooldown" (
	"key" text PRIMARY KEY NOT NULL,
	"next_allowed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_window" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_window_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "registry_assistance" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"pack_id" text NOT NULL,
	"group_code" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registry_assistance_membership" UNIQUE("person_id","pack_id","group_code")
);
--> statement-breakpoint
CREATE TABLE "registry_household" (
	"id" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"kind" text NOT NULL,
	"district" text NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"pack_id" text NOT NULL,
	"file_sha256" varchar(64) NOT NULL,
	"rows_read" integer NOT NULL,
	"rows_imported" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registry_import_file" UNIQUE("kind","pack_id","file_sha256")
);
--> statement-breakpoint
CREATE TABLE "registry_permit" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"region" text NOT NULL,
	"issued_by" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "registry_permit_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "registry_person" (
	"id" text PRIMARY KEY NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"nationality" varchar(3) DEFAULT 'CHN' NOT NULL,
	"residency" text NOT NULL,
	"household_id" text NOT NULL,
	"household_role" text NOT NULL,
	"phone" varchar(11),
	CONSTRAINT "registry_person_id_number_unique" UNIQUE("id_number"),
	CONSTRAINT "registry_person_id_number_shape" CHECK ("registry_person"."id_number" ~ '^[0-9]{17}[0-9X]$')
);
--> statement-breakpoint
CREATE TABLE "registry_relation" (
	"person_id" text NOT NULL,
	"relative_id" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "registry_relation_person_id_relative_id_pk" PRIMARY KEY("person_id","relative_id"),
	CONSTRAINT "registry_relation_not_self" CHECK ("registry_relation"."person_id" <> "registry_relation"."relative_id")
);
--> statement-breakpoint
CREATE TABLE "registry_school" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"level" text NOT NULL,
	"school_name" text NOT NULL,
	"region" text NOT NULL,
	"full_time" boolean DEFAULT true NOT NULL,
	"enrolled_on" date NOT NULL,
	"expected_end" date NOT NULL,
	CONSTRAINT "registry_school_enrolment" UNIQUE("person_id","school_name","enrolled_on")
);
--> statement-breakpoint
CREATE TABLE "server_secret" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id_hash" varchar(64) PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sms_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"phone" varchar(11) NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_account" ADD CONSTRAINT "employee_account_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_history" ADD CONSTRAINT "insurance_history_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_assistance" ADD CONSTRAINT "registry_assistance_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_permit" ADD CONSTRAINT "registry_permit_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_person" ADD CONSTRAINT "registry_person_household_id_registry_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."registry_household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relation" ADD CONSTRAINT "registry_relation_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relation" ADD CONSTRAINT "registry_relation_relative_id_registry_person_id_fk" FOREIGN KEY ("relative_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_school" ADD CONSTRAINT "registry_school_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_account_idx" ON "audit_event" USING btree ("account_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_action_idx" ON "audit_event" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "otp_challenge_phone_idx" ON "otp_challenge" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "registry_permit_person_idx" ON "registry_permit" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registry_person_household_idx" ON "registry_person" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "session_account_idx" ON "session" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sms_outbox_created_idx" ON "sms_outbox" USING btree ("created_at");