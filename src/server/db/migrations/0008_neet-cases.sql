CREATE TABLE "neet_case_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"user_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neet_case_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"programme_id" integer,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"result" text,
	"done_on" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neet_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"youth_id" integer NOT NULL,
	"centre_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"case_worker_id" integer NOT NULL,
	"status" text NOT NULL,
	"goal" text,
	"opened_on" date NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"outcome_note" text,
	"follow_up_3m_due" date,
	"follow_up_3m_checked_on" date,
	"follow_up_3m_held" boolean,
	"follow_up_6m_due" date,
	"follow_up_6m_checked_on" date,
	"follow_up_6m_held" boolean,
	"closed_on" date,
	"close_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "neet_case_actions" ADD CONSTRAINT "neet_case_actions_case_id_neet_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."neet_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_case_actions" ADD CONSTRAINT "neet_case_actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_case_steps" ADD CONSTRAINT "neet_case_steps_case_id_neet_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."neet_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_case_steps" ADD CONSTRAINT "neet_case_steps_programme_id_state_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."state_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_case_steps" ADD CONSTRAINT "neet_case_steps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_cases" ADD CONSTRAINT "neet_cases_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_cases" ADD CONSTRAINT "neet_cases_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_cases" ADD CONSTRAINT "neet_cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neet_cases" ADD CONSTRAINT "neet_cases_case_worker_id_users_id_fk" FOREIGN KEY ("case_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "neet_case_actions_case_idx" ON "neet_case_actions" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "neet_case_steps_case_idx" ON "neet_case_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "neet_case_steps_planned_due_idx" ON "neet_case_steps" USING btree ("due_on") WHERE "neet_case_steps"."status" = 'planned';--> statement-breakpoint
CREATE UNIQUE INDEX "neet_cases_one_active_uq" ON "neet_cases" USING btree ("youth_id") WHERE "neet_cases"."status" in ('open', 'in_progress', 'outcome_recorded', 'follow_up_3m_confirmed');--> statement-breakpoint
CREATE INDEX "neet_cases_youth_idx" ON "neet_cases" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "neet_cases_centre_status_idx" ON "neet_cases" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "neet_cases_worker_status_idx" ON "neet_cases" USING btree ("case_worker_id","status");--> statement-breakpoint
CREATE INDEX "neet_cases_region_status_idx" ON "neet_cases" USING btree ("region_code","status");