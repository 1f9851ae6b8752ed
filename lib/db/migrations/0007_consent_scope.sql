DROP INDEX "delegation_one_open_per_pair";--> statement-breakpoint
ALTER TABLE "delegation" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "delegation" ADD COLUMN "coverage_year" integer;--> statement-breakpoint
ALTER TABLE "delegation" ADD COLUMN "ends_on" date;--> statement-breakpoint
-- Existing consents (docs/decisions/0014): 参保登记 for the coverage year of the registration made under
-- them, else the year whose registration was open when they were asked (it opens from September, so a
-- consent asked from September on is for the next year), ending on that year's last day.
UPDATE "delegation" d SET
  "scope" = 'registration',
  "coverage_year" = coalesce(
    (SELECT max(e."coverage_year") FROM "enrollment" e WHERE e."delegation_id" = d."id"),
    extract(year FROM d."created_at" AT TIME ZONE 'Asia/Shanghai')::integer
      + CASE WHEN extract(month FROM d."created_at" AT TIME ZONE 'Asia/Shanghai') >= 9 THEN 1 ELSE 0 END
  );--> statement-breakpoint
UPDATE "delegation" SET "ends_on" = make_date("coverage_year", 12, 31);--> statement-breakpoint
ALTER TABLE "delegation" ALTER COLUMN "scope" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation" ALTER COLUMN "coverage_year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "delegation" ALTER COLUMN "ends_on" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_one_open_per_pair" ON "delegation" USING btree ("principal_person_id","agent_person_id","coverage_year") WHERE "delegation"."status" in ('pending', 'active');
