CREATE SEQUENCE "public"."payment_notice_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "payment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_reference" varchar(64) NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"paid_on" date NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"via" text NOT NULL,
	"outcome" text NOT NULL,
	"refund_reason" text,
	CONSTRAINT "payment_amount_positive" CHECK ("payment"."amount_fen" > 0),
	CONSTRAINT "payment_refund_has_reason" CHECK (("payment"."outcome" = 'refund-due') = ("payment"."refund_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "payment_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20) NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"enrollment_id" uuid,
	"pack_id" text NOT NULL,
	"coverage_year" integer NOT NULL,
	"category" text NOT NULL,
	"request" jsonb NOT NULL,
	"amount_fen" integer NOT NULL,
	"provisional" boolean NOT NULL,
	"issued_on" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by_account_id" uuid NOT NULL,
	"issued_by_person_id" text NOT NULL,
	"acting_as" text NOT NULL,
	"paid_at" timestamp with time zone,
	"payment_id" uuid,
	"coverage_start" date,
	"coverage_end" date,
	"benefit_days" integer,
	"closed_at" timestamp with time zone,
	CONSTRAINT "payment_notice_number_unique" UNIQUE("number"),
	CONSTRAINT "payment_notice_amount_positive" CHECK ("payment_notice"."amount_fen" > 0),
	CONSTRAINT "payment_notice_paid_has_payment" CHECK (("payment_notice"."status" = 'paid') = ("payment_notice"."paid_at" is not null and "payment_notice"."payment_id" is not null)),
	CONSTRAINT "payment_notice_enrollment_kind" CHECK (("payment_notice"."kind" = 'enrollment') = ("payment_notice"."enrollment_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "sandbox_cashier_payment" (
	"reference" varchar(32) PRIMARY KEY NOT NULL,
	"notice_number" varchar(20) NOT NULL,
	"amount_fen" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_on" date,
	"callback_url" text NOT NULL,
	"callback_due_at" timestamp with time zone,
	"callbacks_planned" integer DEFAULT 0 NOT NULL,
	"callbacks_sent" integer DEFAULT 0 NOT NULL,
	"last_callback_status" integer,
	"last_callback_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sandbox_cashier_setting" (
	"name" text PRIMARY KEY NOT NULL,
	"repeat_callbacks" integer DEFAULT 1 NOT NULL,
	"delay_seconds" integer DEFAULT 0 NOT NULL,
	"lose_callbacks" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sandbox_cashier_setting_repeat_range" CHECK ("sandbox_cashier_setting"."repeat_callbacks" between 1 and 20),
	CONSTRAINT "sandbox_cashier_setting_delay_range" CHECK ("sandbox_cashier_setting"."delay_seconds" between 0 and 3600)
);
--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_notice_id_payment_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."payment_notice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_notice" ADD CONSTRAINT "payment_notice_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_notice" ADD CONSTRAINT "payment_notice_enrollment_id_enrollment_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_provider_reference" ON "payment" USING btree ("provider","provider_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_one_applied_per_notice" ON "payment" USING btree ("notice_id") WHERE "payment"."outcome" = 'applied';--> statement-breakpoint
CREATE UNIQUE INDEX "payment_notice_one_live_per_person_year" ON "payment_notice" USING btree ("person_id","coverage_year") WHERE "payment_notice"."status" in ('open', 'paid');--> statement-breakpoint
CREATE INDEX "payment_notice_person_idx" ON "payment_notice" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "payment_notice_enrollment_idx" ON "payment_notice" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "sandbox_cashier_payment_day_idx" ON "sandbox_cashier_payment" USING btree ("paid_on");--> statement-breakpoint
CREATE INDEX "sandbox_cashier_payment_notice_idx" ON "sandbox_cashier_payment" USING btree ("notice_number");--> statement-breakpoint
CREATE FUNCTION payment_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a payment is recorded once and never changed or deleted';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payment_written_once BEFORE UPDATE OR DELETE ON payment
  FOR EACH ROW EXECUTE FUNCTION payment_refuse_change();
--> statement-breakpoint
CREATE FUNCTION payment_notice_paid_stays_paid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'paid' AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.payment_id IS DISTINCT FROM OLD.payment_id OR NEW.amount_fen IS DISTINCT FROM OLD.amount_fen) THEN
    RAISE EXCEPTION 'a paid notice stays paid by the payment that paid it';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payment_notice_paid_is_final BEFORE UPDATE ON payment_notice
  FOR EACH ROW EXECUTE FUNCTION payment_notice_paid_stays_paid();
--> statement-breakpoint
CREATE FUNCTION payment_notice_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a payment notice is cancelled or expires, never deleted';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payment_notice_never_deleted BEFORE DELETE ON payment_notice
  FOR EACH ROW EXECUTE FUNCTION payment_notice_refuse_delete();
