ALTER TABLE "journal_daily_rollup" DROP COLUMN "young_people";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "neet_people";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "female_people";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "male_people";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "people_14_18";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "people_19_23";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "people_24_28";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "people_29_35";--> statement-breakpoint
ALTER TABLE "journal_daily_rollup" DROP COLUMN "people_other_age";