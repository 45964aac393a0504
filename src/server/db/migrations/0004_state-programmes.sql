CREATE TABLE "state_programme_terms" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"year" integer NOT NULL,
	"summary_kk" text DEFAULT '' NOT NULL,
	"summary_ru" text NOT NULL,
	"summary_en" text NOT NULL,
	"benefit" text DEFAULT '' NOT NULL,
	"conditions" text[] DEFAULT '{}' NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"eligible_statuses" text[] DEFAULT '{}' NOT NULL,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"as_of" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "state_programme_terms_programme_year" UNIQUE("programme_id","year")
);
--> statement-breakpoint
CREATE TABLE "state_programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"operator" text NOT NULL,
	"source_url" text,
	"additional_sources" text[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"status_note" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "state_programmes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "state_programme_terms" ADD CONSTRAINT "state_programme_terms_programme_id_state_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."state_programmes"("id") ON DELETE no action ON UPDATE no action;