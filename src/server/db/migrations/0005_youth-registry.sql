CREATE TABLE "youth" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"district_id" integer,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"phone" text,
	"email" text,
	"status" text NOT NULL,
	"neet_subgroup" text,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"iin_hash" text,
	"iin_encrypted" text,
	"merged_into_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "youth_iin_hash_unique" UNIQUE("iin_hash")
);
--> statement-breakpoint
CREATE TABLE "youth_consents" (
	"id" serial PRIMARY KEY NOT NULL,
	"youth_id" integer NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"scope" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" integer
);
--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_merged_into_id_youth_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth_consents" ADD CONSTRAINT "youth_consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "youth_centre_idx" ON "youth" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "youth_region_idx" ON "youth" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "youth_name_birth_idx" ON "youth" USING btree ("birth_date","last_name");--> statement-breakpoint
CREATE INDEX "youth_consents_youth_idx" ON "youth_consents" USING btree ("youth_id");