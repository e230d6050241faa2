ALTER TABLE "question_sets" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "set_questions" ADD COLUMN "grounded" boolean DEFAULT true NOT NULL;