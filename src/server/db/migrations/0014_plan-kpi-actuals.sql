CREATE TABLE "plan_kpi_actuals" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kpi_id" text NOT NULL,
	"quarter" smallint NOT NULL,
	"value" double precision NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"file_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"file" "bytea" NOT NULL,
	"entered_by" integer NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_kpi_actuals_quarter" CHECK ("plan_kpi_actuals"."quarter" between 1 and 4),
	CONSTRAINT "plan_kpi_actuals_value" CHECK ("plan_kpi_actuals"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plan_kpi_actuals" ADD CONSTRAINT "plan_kpi_actuals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi_actuals" ADD CONSTRAINT "plan_kpi_actuals_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_kpi_actuals_plan_kpi_idx" ON "plan_kpi_actuals" USING btree ("plan_id","kpi_id","quarter");