CREATE TABLE "evaluation_weights" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"revision" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_weights_year_revision_unique" UNIQUE("year","revision"),
	CONSTRAINT "evaluation_weights_year_range" CHECK ("evaluation_weights"."year" between 2020 and 2100),
	CONSTRAINT "evaluation_weights_revision_positive" CHECK ("evaluation_weights"."revision" >= 1)
);
--> statement-breakpoint
ALTER TABLE "evaluation_weights" ADD CONSTRAINT "evaluation_weights_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;