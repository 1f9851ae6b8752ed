CREATE TABLE "face_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "local_face_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" text NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rebind_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"old_account_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "rebind_code_attempts_range" CHECK ("rebind_code"."attempts" between 0 and 5)
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "claim_person_id" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "face_check" ADD CONSTRAINT "face_check_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "face_check" ADD CONSTRAINT "face_check_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_face_session" ADD CONSTRAINT "local_face_session_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebind_code" ADD CONSTRAINT "rebind_code_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebind_code" ADD CONSTRAINT "rebind_code_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebind_code" ADD CONSTRAINT "rebind_code_old_account_id_account_id_fk" FOREIGN KEY ("old_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "face_check_account_idx" ON "face_check" USING btree ("account_id","started_at");--> statement-breakpoint
CREATE INDEX "face_check_person_idx" ON "face_check" USING btree ("person_id","started_at");--> statement-breakpoint
CREATE INDEX "face_check_provider_ref_idx" ON "face_check" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE INDEX "rebind_code_account_idx" ON "rebind_code" USING btree ("account_id","created_at");--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_claim_person_id_registry_person_id_fk" FOREIGN KEY ("claim_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;