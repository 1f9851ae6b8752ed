CREATE SEQUENCE "public"."enrollment_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "correction_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"fact" text NOT NULL,
	"note" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"principal_person_id" text NOT NULL,
	"agent_person_id" text NOT NULL,
	"agent_account_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"status" text NOT NULL,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"method" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "delegation_attempts_range" CHECK ("delegation"."attempts" between 0 and 5),
	CONSTRAINT "delegation_not_self" CHECK ("delegation"."principal_person_id" <> "delegation"."agent_person_id")
);
--> statement-breakpoint
CREATE TABLE "enrollment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" varchar(20) NOT NULL,
	"person_id" text NOT NULL,
	"coverage_year" integer NOT NULL,
	"pack_id" text NOT NULL,
	"pack_fingerprint" varchar(64) NOT NULL,
	"status" text NOT NULL,
	"category" text NOT NULL,
	"route" text NOT NULL,
	"request" jsonb NOT NULL,
	"answer" jsonb NOT NULL,
	"contact_phone" varchar(11) NOT NULL,
	"permit_number" text,
	"actor_account_id" uuid NOT NULL,
	"actor_person_id" text NOT NULL,
	"acting_as" text NOT NULL,
	"delegation_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by_account_id" uuid,
	CONSTRAINT "enrollment_reference_unique" UNIQUE("reference"),
	CONSTRAINT "enrollment_cancelled_has_time" CHECK (("enrollment"."status" = 'cancelled') = ("enrollment"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "registration_draft" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"pack_id" text NOT NULL,
	"step" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_request" ADD CONSTRAINT "correction_request_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_principal_person_id_registry_person_id_fk" FOREIGN KEY ("principal_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_agent_person_id_registry_person_id_fk" FOREIGN KEY ("agent_person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_draft" ADD CONSTRAINT "registration_draft_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_draft" ADD CONSTRAINT "registration_draft_person_id_registry_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."registry_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_request_person_idx" ON "correction_request" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_one_open_per_pair" ON "delegation" USING btree ("principal_person_id","agent_person_id") WHERE "delegation"."status" in ('pending', 'active');--> statement-breakpoint
CREATE INDEX "delegation_agent_idx" ON "delegation" USING btree ("agent_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollment_one_live_per_person_year" ON "enrollment" USING btree ("person_id","coverage_year") WHERE "enrollment"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "enrollment_person_idx" ON "enrollment" USING btree ("person_id");--> statement-breakpoint
-- The decision record of an enrollment (what was asked, what the rules answered, on which pack) is written once.
CREATE FUNCTION enrollment_refuse_decision_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.request IS DISTINCT FROM OLD.request OR NEW.answer IS DISTINCT FROM OLD.answer
     OR NEW.pack_id IS DISTINCT FROM OLD.pack_id OR NEW.pack_fingerprint IS DISTINCT FROM OLD.pack_fingerprint
     OR NEW.person_id IS DISTINCT FROM OLD.person_id OR NEW.coverage_year IS DISTINCT FROM OLD.coverage_year
     OR NEW.reference IS DISTINCT FROM OLD.reference THEN
    RAISE EXCEPTION 'the decision record of an enrollment cannot be changed';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER enrollment_decision_written_once BEFORE UPDATE ON enrollment
  FOR EACH ROW EXECUTE FUNCTION enrollment_refuse_decision_change();
--> statement-breakpoint
CREATE FUNCTION enrollment_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an enrollment is cancelled, never deleted';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER enrollment_never_deleted BEFORE DELETE ON enrollment
  FOR EACH ROW EXECUTE FUNCTION enrollment_refuse_delete();
