CREATE TABLE "extra_times" (
	"set_id" uuid NOT NULL,
	"name_key" text NOT NULL,
	"student_name" text NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"minutes" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extra_times_set_id_name_key_pk" PRIMARY KEY("set_id","name_key"),
	CONSTRAINT "extra_times_amount" CHECK ("extra_times"."percent" between 0 and 400 and "extra_times"."minutes" between 0 and 600 and "extra_times"."percent" + "extra_times"."minutes" > 0)
);
--> statement-breakpoint
ALTER TABLE "extra_times" ADD CONSTRAINT "extra_times_set_id_question_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."question_sets"("id") ON DELETE cascade ON UPDATE no action;