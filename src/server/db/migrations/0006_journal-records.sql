CREATE TABLE "journal_daily_rollup" (
	"centre_id" integer NOT NULL,
	"day" date NOT NULL,
	"service_type_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"direction_id" integer NOT NULL,
	"services" integer NOT NULL,
	"anonymous_services" integer NOT NULL,
	"neet_services" integer NOT NULL,
	"minutes" integer NOT NULL,
	"young_people" integer NOT NULL,
	"neet_people" integer NOT NULL,
	"female_people" integer NOT NULL,
	"male_people" integer NOT NULL,
	"people_14_18" integer NOT NULL,
	"people_19_23" integer NOT NULL,
	"people_24_28" integer NOT NULL,
	"people_29_35" integer NOT NULL,
	"people_other_age" integer NOT NULL,
	CONSTRAINT "journal_daily_rollup_centre_id_day_service_type_id_pk" PRIMARY KEY("centre_id","day","service_type_id")
);
--> statement-breakpoint
CREATE TABLE "journal_records" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"service_type_id" integer NOT NULL,
	"direction_id" integer NOT NULL,
	"youth_id" integer,
	"youth_gender" text,
	"youth_age" smallint,
	"youth_neet" boolean DEFAULT false NOT NULL,
	"service_date" date NOT NULL,
	"service_time" time,
	"format" text NOT NULL,
	"duration_minutes" smallint,
	"specialist_id" integer,
	"specialist_name" text,
	"programme_id" integer,
	"referral" text,
	"outcome" text,
	"notes" text,
	"notes_encrypted" text,
	"event_id" integer,
	"recorded_by" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_youth_months" (
	"centre_id" integer NOT NULL,
	"month" date NOT NULL,
	"direction_id" integer NOT NULL,
	"youth_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"services" integer NOT NULL,
	"gender" text,
	"age" smallint,
	"neet" boolean NOT NULL,
	CONSTRAINT "journal_youth_months_centre_id_month_direction_id_youth_id_pk" PRIMARY KEY("centre_id","month","direction_id","youth_id")
);
--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_direction_id_service_directions_id_fk" FOREIGN KEY ("direction_id") REFERENCES "public"."service_directions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_specialist_id_users_id_fk" FOREIGN KEY ("specialist_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_programme_id_state_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."state_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_daily_rollup_region_day_idx" ON "journal_daily_rollup" USING btree ("region_code","day");--> statement-breakpoint
CREATE INDEX "journal_daily_rollup_day_idx" ON "journal_daily_rollup" USING btree ("day");--> statement-breakpoint
CREATE INDEX "journal_records_key_idx" ON "journal_records" USING btree ("centre_id","service_date","service_type_id");--> statement-breakpoint
CREATE INDEX "journal_records_youth_idx" ON "journal_records" USING btree ("youth_id","service_date");--> statement-breakpoint
CREATE INDEX "journal_records_region_date_idx" ON "journal_records" USING btree ("region_code","service_date");--> statement-breakpoint
CREATE INDEX "journal_records_specialist_idx" ON "journal_records" USING btree ("specialist_id","service_date");--> statement-breakpoint
CREATE INDEX "journal_records_event_idx" ON "journal_records" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "journal_youth_months_region_month_idx" ON "journal_youth_months" USING btree ("region_code","month");--> statement-breakpoint
CREATE INDEX "journal_youth_months_youth_idx" ON "journal_youth_months" USING btree ("youth_id");