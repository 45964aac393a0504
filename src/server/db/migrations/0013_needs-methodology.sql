CREATE TABLE "needs_methodologies" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_methodologies_year_revision" UNIQUE("year","revision"),
	CONSTRAINT "needs_methodologies_year_range" CHECK ("needs_methodologies"."year" between 2020 and 2100),
	CONSTRAINT "needs_methodologies_revision_positive" CHECK ("needs_methodologies"."revision" >= 1)
);
--> statement-breakpoint
ALTER TABLE "needs_methodologies" ADD CONSTRAINT "needs_methodologies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;