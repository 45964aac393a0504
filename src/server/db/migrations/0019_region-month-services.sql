CREATE TABLE "journal_region_month_services" (
	"region_code" text NOT NULL,
	"centre_kind" text NOT NULL,
	"month" date NOT NULL,
	"direction_id" integer NOT NULL,
	"services" integer NOT NULL,
	"anonymous_services" integer NOT NULL,
	"neet_services" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "journal_region_month_services_pk" PRIMARY KEY("region_code","centre_kind","month","direction_id")
);
--> statement-breakpoint
CREATE INDEX "journal_region_month_services_month_idx" ON "journal_region_month_services" USING btree ("month");--> statement-breakpoint
-- Filled from the month services, which every write has kept exact: the same sums a rebuild makes.
INSERT INTO "journal_region_month_services" ("region_code", "centre_kind", "month", "direction_id", "services", "anonymous_services", "neet_services", "minutes")
SELECT "region_code", "centre_kind", "month", "direction_id", sum("services")::int, sum("anonymous_services")::int, sum("neet_services")::int, sum("minutes")::int
FROM "journal_month_services" GROUP BY "region_code", "centre_kind", "month", "direction_id";
