CREATE TABLE "journal_event_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"youth_id" integer NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" integer NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	"record_id" integer
);
--> statement-breakpoint
CREATE TABLE "journal_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"service_type_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"event_date" date NOT NULL,
	"start_time" time,
	"duration_minutes" smallint,
	"format" text NOT NULL,
	"location" text,
	"capacity" integer,
	"organiser_id" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"unnamed_attendees" integer DEFAULT 0 NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "journal_event_participants" ADD CONSTRAINT "journal_event_participants_event_id_journal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."journal_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_event_participants" ADD CONSTRAINT "journal_event_participants_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_event_participants" ADD CONSTRAINT "journal_event_participants_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_event_participants" ADD CONSTRAINT "journal_event_participants_record_id_journal_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."journal_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_events" ADD CONSTRAINT "journal_events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_events" ADD CONSTRAINT "journal_events_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_events" ADD CONSTRAINT "journal_events_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_events" ADD CONSTRAINT "journal_events_organiser_id_users_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_events" ADD CONSTRAINT "journal_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "journal_event_participants_event_youth_uq" ON "journal_event_participants" USING btree ("event_id","youth_id");--> statement-breakpoint
CREATE INDEX "journal_event_participants_youth_idx" ON "journal_event_participants" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "journal_events_centre_date_idx" ON "journal_events" USING btree ("centre_id","event_date");--> statement-breakpoint
CREATE INDEX "journal_events_region_date_idx" ON "journal_events" USING btree ("region_code","event_date");--> statement-breakpoint
ALTER TABLE "journal_records" ADD CONSTRAINT "journal_records_event_id_journal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."journal_events"("id") ON DELETE no action ON UPDATE no action;