import { z } from 'zod';

/** How a published set is taken; the db stores it whole and the app reads it on every attempt. */
export const SetSettings = z
  .object({
    layout: z.enum(['one-per-page', 'all-on-one-page']).default('one-per-page'),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    /** Draw this many of the set's questions per student; null asks them all. */
    drawCount: z.int().min(1).max(500).nullable().default(null),
    feedback: z.enum(['immediate', 'end', 'never']).default('immediate'),
    timeLimitMinutes: z.int().min(1).max(600).nullable().default(null),
    /** Null allows any number of attempts. */
    attemptsAllowed: z.int().min(1).max(100).nullable().default(1)
  })
  .strict();
export type SetSettings = z.infer<typeof SetSettings>;

/**
 * A question as it was when added to a set or drawn into an attempt. The db keeps it as JSON; its shape
 * belongs to the question bank, which the app uses to read it.
 */
export const QuestionSnapshot = z.record(z.string(), z.json());
export type QuestionSnapshot = z.infer<typeof QuestionSnapshot>;

/** A student's answer as the app parsed it; its shape depends on the question type. */
export const StoredResponse = z.json();
export type StoredResponse = z.infer<typeof StoredResponse>;
