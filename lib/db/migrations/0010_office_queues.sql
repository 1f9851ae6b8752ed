CREATE TABLE "office_payout" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"claim_id" uuid,
	"payment_id" uuid,
	"person_id" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"status" text NOT NULL,
	"prepared_by_staff_id" uuid NOT NULL,
	"prepared_at" timestamp with time zone NOT NULL,
	"approved_by_staff_id" uuid,
	"approved_at" timestamp with time zone,
	"paid_out_by_staff_id" uuid,
	"paid_out_at" timestamp with time zone,
	"payout_reference" text,
	"ledger_id" uuid,
	CONSTRAINT "office_payout_four_eyes" CHECK ("office_payout"."approved_by_staff_id" <> "office_payout"."prepared_by_staff_id"),
	CONSTRAINT "office_payout_amount_positive" CHECK ("office_payout"."amount_fen" > 0),
	CONSTRAINT "office_payout_kind_target" CHECK (("office_payout"."kind" = 'claim') = ("office_payout"."claim_id" is not null) and ("office_payout"."kind" = 'refund') = ("office_payout"."payment_id" is not null)),
	CONSTRAINT "office_payout_approved" CHECK (("office_payout"."status" in ('approved', 'paid-out')) = ("office_payout"."approved_by_staff_id" is not null and "office_payout"."approved_at" is not null)),
	CONSTRAINT "office_payout_paid_out" CHECK (("office_payout"."status" = 'paid-out') = ("office_payout"."paid_out_at" is not null and "office_payout"."paid_out_by_staff_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "roster_upload" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pack_id" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" varchar(64) NOT NULL,
	"csv" text NOT NULL,
	"uploaded_by_staff_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"applied_by_staff_id" uuid,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "account_ledger" DROP CONSTRAINT "account_ledger_sign";--> statement-breakpoint
ALTER TABLE "correction_request" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "correction_request" ADD COLUMN "decided_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "correction_request" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "correction_request" ADD COLUMN "corrected_value" jsonb;--> statement-breakpoint
ALTER TABLE "correction_request" ADD COLUMN "reassessment" jsonb;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD COLUMN "decided_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "office_payout" ADD CONSTRAINT "office_payout_claim_id_reimbursement_claim_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."reimbursement_claim"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_payout" ADD CONSTRAINT "office_payout_payment_id_payment_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_payout" ADD CONSTRAINT "office_payout_prepared_by_staff_id_staff_account_id_fk" FOREIGN KEY ("prepared_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_payout" ADD CONSTRAINT "office_payout_approved_by_staff_id_staff_account_id_fk" FOREIGN KEY ("approved_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_payout" ADD CONSTRAINT "office_payout_paid_out_by_staff_id_staff_account_id_fk" FOREIGN KEY ("paid_out_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_upload" ADD CONSTRAINT "roster_upload_uploaded_by_staff_id_staff_account_id_fk" FOREIGN KEY ("uploaded_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_upload" ADD CONSTRAINT "roster_upload_applied_by_staff_id_staff_account_id_fk" FOREIGN KEY ("applied_by_staff_id") REFERENCES "public"."staff_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "office_payout_one_per_claim" ON "office_payout" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "office_payout_one_per_payment" ON "office_payout" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "office_payout_status_idx" ON "office_payout" USING btree ("status","prepared_at");--> statement-breakpoint
CREATE INDEX "roster_upload_at_idx" ON "roster_upload" USING btree ("uploaded_at");--> statement-breakpoint
CREATE INDEX "correction_request_status_idx" ON "correction_request" USING btree ("status","created_at");--> statement-breakpoint
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_decided" CHECK (("correction_request"."status" = 'open') = ("correction_request"."decided_at" is null));--> statement-breakpoint
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_rejected_has_reason" CHECK ("correction_request"."status" <> 'rejected' or "correction_request"."reason" is not null);--> statement-breakpoint
ALTER TABLE "account_ledger" ADD CONSTRAINT "account_ledger_sign" CHECK (("account_ledger"."kind" = 'opening' and "account_ledger"."amount_fen" >= 0) or ("account_ledger"."kind" in ('family-aid-debit', 'claim-payout') and "account_ledger"."amount_fen" < 0));--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_decided" CHECK (("reimbursement_claim"."status" in ('paid', 'rejected')) = ("reimbursement_claim"."decided_at" is not null and "reimbursement_claim"."decided_by_staff_id" is not null));--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_rejected_has_reason" CHECK ("reimbursement_claim"."status" <> 'rejected' or "reimbursement_claim"."decision_reason" is not null);