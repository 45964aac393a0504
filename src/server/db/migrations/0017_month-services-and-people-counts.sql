CREATE TABLE "journal_month_services" (
	"centre_id" integer NOT NULL,
	"month" date NOT NULL,
	"service_type_id" integer NOT NULL,
	"direction_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"centre_kind" text NOT NULL,
	"services" integer NOT NULL,
	"anonymous_services" integer NOT NULL,
	"neet_services" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "journal_month_services_pk" PRIMARY KEY("centre_id","month","service_type_id","direction_id")
);
--> statement-breakpoint
CREATE TABLE "journal_people_months" (
	"centre_id" integer NOT NULL,
	"centre_kind" text NOT NULL,
	"direction_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"neet" boolean NOT NULL,
	"month" date NOT NULL,
	"prev_month" date NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "journal_people_months_pk" PRIMARY KEY("centre_id","centre_kind","direction_id","region_code","neet","month","prev_month")
);
--> statement-breakpoint
CREATE INDEX "journal_month_services_month_idx" ON "journal_month_services" USING btree ("month");