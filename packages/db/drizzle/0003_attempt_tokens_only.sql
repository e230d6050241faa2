-- Every attempt's first token joins its further ones in attempt_tokens before the column goes, so each cookie already handed out still opens its attempt.
INSERT INTO "attempt_tokens" ("token_hash", "attempt_id", "created_at") SELECT "access_token_hash", "id", "started_at" FROM "attempts";--> statement-breakpoint
ALTER TABLE "attempts" DROP CONSTRAINT "attempts_access_token_hash_unique";--> statement-breakpoint
ALTER TABLE "attempts" DROP COLUMN "access_token_hash";
