CREATE TABLE "rate_limits" (
	"bucket" text NOT NULL,
	"subject_hash" text NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limits_bucket_subject_hash_pk" PRIMARY KEY("bucket","subject_hash")
);
--> statement-breakpoint
CREATE TABLE "trusted_browsers" (
	"token_hash" text NOT NULL,
	"teacher_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trusted_browsers_token_hash_teacher_id_pk" PRIMARY KEY("token_hash","teacher_id")
);
--> statement-breakpoint
ALTER TABLE "trusted_browsers" ADD CONSTRAINT "trusted_browsers_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limits_window_ends_idx" ON "rate_limits" USING btree ("window_ends_at");--> statement-breakpoint
CREATE INDEX "trusted_browsers_teacher_idx" ON "trusted_browsers" USING btree ("teacher_id");