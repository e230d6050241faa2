ALTER TABLE "question_sets" ADD COLUMN "opens_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "schedule_time_zone" text;