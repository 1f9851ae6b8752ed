CREATE TABLE "policy_draft" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" varchar(64) NOT NULL,
	"text" text NOT NULL,
	"uploaded_by_staff_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_draft" ADD CONSTRAINT "policy_draft_uploaded_by_staff_id_staff_account_id_fk" FOREIGN KEY ("uploaded_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_draft_at_idx" ON "policy_draft" USING btree ("uploaded_at");