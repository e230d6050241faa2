CREATE TYPE "public"."live_state" AS ENUM('lobby', 'open', 'closed', 'revealed', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "live_session_questions" (
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question_id" text NOT NULL,
	"set_question_id" uuid,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "live_session_questions_session_id_position_pk" PRIMARY KEY("session_id","position")
);
--> statement-breakpoint
CREATE TABLE "live_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"join_code" text NOT NULL,
	"state" "live_state" DEFAULT 'lobby' NOT NULL,
	"position" integer,
	"paused_from" "live_state",
	"question_count" integer NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "live_sessions_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "live_session_id" uuid;--> statement-breakpoint
ALTER TABLE "live_session_questions" ADD CONSTRAINT "live_session_questions_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_session_questions" ADD CONSTRAINT "live_session_questions_set_question_id_set_questions_id_fk" FOREIGN KEY ("set_question_id") REFERENCES "public"."set_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_set_id_question_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."question_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_sessions_set_idx" ON "live_sessions" USING btree ("set_id");--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_live_session_id_live_sessions_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempts_live_session_idx" ON "attempts" USING btree ("live_session_id");