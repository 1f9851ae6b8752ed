CREATE TABLE "account_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"balance_after_fen" integer NOT NULL,
	"binding_id" uuid,
	"notice_id" uuid,
	"beneficiary_person_id" text,
	"account_id" uuid,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_ledger_balance_not_negative" CHECK ("account_ledger"."balance_after_fen" >= 0),
	CONSTRAINT "account_ledger_sign" CHECK (("account_ledger"."kind" = 'opening' and "account_ledger"."amount_fen" >= 0) or ("account_ledger"."kind" = 'family-aid-debit' and "account_ledger"."amount_fen" < 0))
);
--> statement-breakpoint
CREATE TABLE "family_binding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"payer_person_id" text NOT NULL,
	"payer_account_id" uuid NOT NULL,
	"beneficiary_person_id" text NOT NULL,
	"relation" text NOT NULL,
	"pack_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"code_hash" varchar(64),
	"code_expires_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"method" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by_person_id" text,
	CONSTRAINT "family_binding_not_self" CHECK ("family_binding"."payer_person_id" <> "family_binding"."beneficiary_person_id"),
	CONSTRAINT "family_binding_attempts_range" CHECK ("family_binding"."attempts" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "reimbursement_claim" (
	"id" uuid PRIMARY KEY NOT NULL,
	"binding_id" uuid NOT NULL,
	"payer_person_id" text NOT NULL,
	"payer_account_id" uuid NOT NULL,
	"beneficiary_person_id" text NOT NULL,
	"payment_id" uuid NOT NULL,
	"notice_number" varchar(20) NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_on" date NOT NULL,
	"opens_on" date NOT NULL,
	"provisional" text NOT NULL,
	"status" text NOT NULL,
	"submitted_on" date NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reimbursement_claim_not_early" CHECK ("reimbursement_claim"."submitted_on" >= "reimbursement_claim"."opens_on")
);
--> statement-breakpoint
ALTER TABLE "account_ledger" ADD CONSTRAINT "account_ledger_person_id_employee_account_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."employee_account"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_ledger" ADD CONSTRAINT "account_ledger_binding_id_family_binding_id_fk" FOREIGN KEY ("binding_id") REFERENCES "public"."family_binding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_ledger" ADD CONSTRAINT "account_ledger_notice_id_payment_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."payment_notice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_binding" ADD CONSTRAINT "family_binding_payer_person_id_registry_person_id_fk" FOREIGN KEY ("payer_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_binding" ADD CONSTRAINT "family_binding_beneficiary_person_id_registry_person_id_fk" FOREIGN KEY ("beneficiary_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_binding_id_family_binding_id_fk" FOREIGN KEY ("binding_id") REFERENCES "public"."family_binding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_payer_person_id_registry_person_id_fk" FOREIGN KEY ("payer_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_beneficiary_person_id_registry_person_id_fk" FOREIGN KEY ("beneficiary_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claim" ADD CONSTRAINT "reimbursement_claim_payment_id_payment_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_ledger_one_opening" ON "account_ledger" USING btree ("person_id") WHERE "account_ledger"."kind" = 'opening';--> statement-breakpoint
CREATE INDEX "account_ledger_person_idx" ON "account_ledger" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "account_ledger_beneficiary_idx" ON "account_ledger" USING btree ("beneficiary_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_binding_one_live" ON "family_binding" USING btree ("payer_person_id","beneficiary_person_id") WHERE "family_binding"."status" in ('pending', 'active');--> statement-breakpoint
CREATE INDEX "family_binding_beneficiary_idx" ON "family_binding" USING btree ("beneficiary_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reimbursement_claim_one_per_payment" ON "reimbursement_claim" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "reimbursement_claim_payer_idx" ON "reimbursement_claim" USING btree ("payer_person_id");