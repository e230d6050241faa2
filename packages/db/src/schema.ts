import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid
} from 'drizzle-orm/pg-core';
import type { QuestionSnapshot, SetSettings, StoredResponse } from './stored-json.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const teachers = pgTable('teachers', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased so that sign-up and log-in agree on who is who. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt()
});

/** Only a hash of each session token is kept, so a copy of the database opens no session. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
  },
  (table) => [index('sessions_teacher_idx').on(table.teacherId)]
);

/**
 * Browsers that have logged in to a teacher's account: each has its own budget of log-in guesses, so that
 * someone who keeps the account's shared budget spent cannot lock its owner out. Only a hash of the
 * browser's token is kept.
 */
export const trustedBrowsers = pgTable(
  'trusted_browsers',
  {
    tokenHash: text('token_hash').notNull(),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id, { onDelete: 'cascade' }),
    createdAt: createdAt()
  },
  (table) => [
    primaryKey({ columns: [table.tokenHash, table.teacherId] }),
    index('trusted_browsers_teacher_idx').on(table.teacherId)
  ]
);

/**
 * One row per limited thing (a bucket, such as log-ins per account, and a hash of who or what is limited):
 * the slots taken in the current window. Kept in the database so that every app server shares the counts
 * and a restart keeps them.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    subjectHash: text('subject_hash').notNull(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull()
  },
  (table) => [
    primaryKey({ columns: [table.bucket, table.subjectHash] }),
    index('rate_limits_window_ends_idx').on(table.windowEndsAt)
  ]
);

export const setStatus = pgEnum('set_status', ['draft', 'published', 'closed']);

export const questionSets = pgTable(
  'question_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => teachers.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    settings: jsonb('settings').$type<SetSettings>().notNull(),
    status: setStatus('status').notNull().default('draft'),
    /** Given at first publication and kept, so a printed code stays valid after a close and reopen. */
    joinCode: text('join_code').unique(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** A published set takes new attempts only from opensAt and before closesAt; null leaves that end open. */
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** The IANA zone the teacher gave those times in, so the form and the students' message show them so. */
    scheduleTimeZone: text('schedule_time_zone'),
    /**
     * Set when the teacher deletes the set: it is closed and hidden from the teacher, while its attempts stay
     * so that students keep their own results pages.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true })
  },
  (table) => [index('question_sets_owner_idx').on(table.ownerId)]
);

/**
 * A question of a set is a snapshot: editing or removing it retires the row (`retiredAt`) and an edit adds
 * a new one, so what a student was asked stays on record.
 */
export const setQuestions = pgTable(
  'set_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => questionSets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sourceQuestionId: text('source_question_id'),
    snapshot: jsonb('snapshot').$type<QuestionSnapshot>().notNull(),
    /** False for a question saved without evidence from the article, which the teacher's lists flag. */
    grounded: boolean('grounded').notNull().default(true),
    createdAt: createdAt(),
    retiredAt: timestamp('retired_at', { withTimezone: true })
  },
  (table) => [
    uniqueIndex('set_questions_position_idx')
      .on(table.setId, table.position)
      .where(sql`${table.retiredAt} is null`)
  ]
);

/**
 * Extra time for one student in a set's timed attempts (an accommodation the teacher sets by name): a share
 * of the time limit, whole minutes, or both, added when the student starts. Keyed by the name as the app
 * compares names (`nameKey` in student-name.ts), so "Ava Li" and "ava li" are the same student.
 */
export const extraTimes = pgTable(
  'extra_times',
  {
    setId: uuid('set_id')
      .notNull()
      .references(() => questionSets.id, { onDelete: 'cascade' }),
    nameKey: text('name_key').notNull(),
    /** The name as the teacher last typed it, for the teacher's list. */
    studentName: text('student_name').notNull(),
    /** Percent of the time limit added: 50 is time and a half. */
    percent: integer('percent').notNull().default(0),
    minutes: integer('minutes').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
  },
  (table) => [
    primaryKey({ columns: [table.setId, table.nameKey] }),
    check(
      'extra_times_amount',
      sql`${table.percent} between 0 and 400 and ${table.minutes} between 0 and 600 and ${table.percent} + ${table.minutes} > 0`
    )
  ]
);

/**
 * The states of a live session. The teacher moves it on with single guarded statements (see
 * live-sessions.ts), so two tabs or two app servers cannot put it in a state the rules do not allow.
 */
export const liveState = pgEnum('live_state', ['lobby', 'open', 'closed', 'revealed', 'paused', 'ended']);

/**
 * A teacher-paced run of a published set: its own join code, the question in hand and its state. Each
 * student who joins has an attempt (`attempts.live_session_id`) holding the session's questions in order.
 */
export const liveSessions = pgTable(
  'live_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => questionSets.id, { onDelete: 'cascade' }),
    joinCode: text('join_code').notNull().unique(),
    state: liveState('state').notNull().default('lobby'),
    /** The 0-based position of the question in hand; null in the lobby, before the first. */
    position: integer('position'),
    /** The state a pause left, which resuming restores. */
    pausedFrom: liveState('paused_from'),
    questionCount: integer('question_count').notNull(),
    /** Counts the state changes, so that a page can tell whether what it shows is current. */
    version: integer('version').notNull().default(0),
    /** Seconds each question stays open to a student (plus their extra time); null: until the teacher closes it. */
    questionSeconds: integer('question_seconds'),
    /** Whether a quicker right answer earns more leaderboard points; off by default, so speed is not rewarded. */
    speedPoints: boolean('speed_points').notNull().default(false),
    /** Whether the presenter shows the leaderboard; hidden by default and whenever a question opens. */
    leaderboardShown: boolean('leaderboard_shown').notNull().default(false),
    /** When the question in hand opened, moved on by the length of any pause since, which no student could use. */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    createdAt: createdAt(),
    endedAt: timestamp('ended_at', { withTimezone: true })
  },
  (table) => [
    index('live_sessions_set_idx').on(table.setId),
    check('live_sessions_question_seconds', sql`${table.questionSeconds} between 10 and 600`)
  ]
);

/** The questions of a live session, fixed when it starts: later edits of the set do not reach it. */
export const liveSessionQuestions = pgTable(
  'live_session_questions',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    questionId: text('question_id').notNull(),
    setQuestionId: uuid('set_question_id').references(() => setQuestions.id),
    snapshot: jsonb('snapshot').$type<QuestionSnapshot>().notNull()
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.position] })]
);

export const attempts = pgTable(
  'attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a practice attempt, which draws from the bank rather than from a teacher's set. */
    setId: uuid('set_id').references(() => questionSets.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull(),
    studentName: text('student_name').notNull(),
    /** The browser's long-lived participant id, which counts attempts against the set's limit. */
    participantId: text('participant_id').notNull(),
    seed: integer('seed').notNull(),
    /** The settings the attempt started under; later changes to the set do not reach it. */
    settings: jsonb('settings').$type<SetSettings>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    score: real('score'),
    maxScore: real('max_score').notNull(),
    /** Set for a student's part in a live session, whose answers are taken only while their question is open. */
    liveSessionId: uuid('live_session_id').references(() => liveSessions.id, { onDelete: 'cascade' }),
    /**
     * A live attempt's `nameKey(studentName)`, computed in code at the join: the answer statement finds the
     * student's extra time by it, as SQL cannot fold names as the app does.
     */
    nameKey: text('name_key')
  },
  (table) => [
    index('attempts_set_idx').on(table.setId, table.participantId),
    index('attempts_live_session_idx').on(table.liveSessionId)
  ]
);

/**
 * Hashes of the tokens in an attempt's cookies: one from its start and one more each time its browser
 * joined again and continued it. Every token stays valid: a join still on its way must not lock the
 * student out of the page they are on.
 */
export const attemptTokens = pgTable(
  'attempt_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
  },
  (table) => [index('attempt_tokens_attempt_idx').on(table.attemptId)]
);

/** The questions an attempt drew, in the order shown, each a snapshot taken when the attempt started. */
export const attemptQuestions = pgTable(
  'attempt_questions',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    position: integer('position').notNull(),
    setQuestionId: uuid('set_question_id').references(() => setQuestions.id),
    snapshot: jsonb('snapshot').$type<QuestionSnapshot>().notNull(),
    maxPoints: real('max_points').notNull()
  },
  (table) => [
    primaryKey({ columns: [table.attemptId, table.questionId] }),
    uniqueIndex('attempt_questions_position_idx').on(table.attemptId, table.position)
  ]
);

export const responses = pgTable(
  'responses',
  {
    attemptId: uuid('attempt_id').notNull(),
    questionId: text('question_id').notNull(),
    response: jsonb('response').$type<StoredResponse>().notNull(),
    correct: boolean('correct').notNull(),
    points: real('points').notNull(),
    /** A live answer's leaderboard points when the session gives points for speed; never part of the score. */
    gamePoints: integer('game_points'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow()
  },
  (table) => [
    primaryKey({ columns: [table.attemptId, table.questionId] }),
    foreignKey({
      columns: [table.attemptId, table.questionId],
      foreignColumns: [attemptQuestions.attemptId, attemptQuestions.questionId]
    }).onDelete('cascade')
  ]
);
