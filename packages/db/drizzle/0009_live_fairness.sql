ALTER TABLE "attempts" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD COLUMN "question_seconds" integer;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD COLUMN "speed_points" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD COLUMN "leaderboard_shown" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "game_points" integer;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_question_seconds" CHECK ("live_sessions"."question_seconds" between 10 and 600);