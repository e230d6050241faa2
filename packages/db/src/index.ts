export { oneServerAtATime } from './advisory-lock.ts';
export { changePassword, endSessions, PasswordChange, trustBrowser, trustedBrowserOf } from './accounts.ts';
export type { EndSessions } from './accounts.ts';
export {
  attemptsUsedAmong,
  countAttempts,
  findAttemptByToken,
  getAttempt,
  getAttemptByToken,
  NewAttempt,
  NewResponse,
  recordResponse,
  startAttempt,
  submitAttempt,
  submitAttemptByToken
} from './attempts.ts';
export type {
  Attempt,
  AttemptQuestion,
  AttemptQuestionRow,
  AttemptReadOptions,
  AttemptSet,
  AttemptTaker,
  AttemptView,
  RecordOutcome,
  Response,
  ShownQuestions
} from './attempts.ts';
export { migrationsFolder, openDatabase, pingDatabase } from './client.ts';
export type { Database, Db, Durability, OpenDatabaseOptions } from './client.ts';
export { isDatabaseUnavailable } from './connection-loss.ts';
export { readDatabaseEnv } from './env.ts';
export {
  extraSeconds,
  extraTimeFor,
  ExtraTimeInput,
  listExtraTimes,
  maxExtraMinutes,
  maxExtraPercent,
  removeExtraTime,
  setExtraTime
} from './extra-time.ts';
export type { ExtraTime } from './extra-time.ts';
export { itemStatistics } from './item-statistics.ts';
export type { ItemFlag, ItemStatistics } from './item-statistics.ts';
export { joinCodeAlphabet, newJoinCode, normalizeJoinCode } from './join-code.ts';
export {
  findLiveSessionByCode,
  getLiveSession,
  getLiveStudentView,
  joinLiveSession,
  listLiveSessions,
  LiveAction,
  LiveAnswer,
  liveAnswersChannel,
  liveChannel,
  LiveEvent,
  LiveJoin,
  LiveOptions,
  liveSessionOfAttempt,
  moveLiveSession,
  recordLiveAnswer,
  showLiveLeaderboard,
  startLiveSession
} from './live-sessions.ts';
export type {
  LeaderboardRow,
  LiveAnswerCount,
  LiveParticipant,
  LiveSession,
  LiveSessionQuestion,
  LiveSessionView,
  LiveState,
  LiveStudentView
} from './live-sessions.ts';
export type { Listen } from './notifications.ts';
export {
  addQuestions,
  closeSet,
  createSet,
  deleteSet,
  duplicateSet,
  findOpenSet,
  findOpenSetByJoinCode,
  getSet,
  getSetForStudent,
  listSets,
  moveQuestion,
  NewSet,
  NewSetQuestion,
  publishSet,
  removeQuestion,
  reorderQuestions,
  replaceQuestion,
  restoreQuestion,
  SetChanges,
  TimeZone,
  updateSet
} from './question-sets.ts';
export type { QuestionSet, SetQuestion, SetSummary } from './question-sets.ts';
export { deleteIdlePracticeAttempts } from './practice-cleanup.ts';
export type { PracticeCleanup } from './practice-cleanup.ts';
export { deleteEndedWindows, RateLimit, releaseSlot, takeSlot } from './rate-limits.ts';
export type { Slot, SlotOutcome } from './rate-limits.ts';
export { acceptAnswer, getSetAttempt, listResults, questionPoints, questionStatistics } from './results.ts';
export type {
  Grade,
  QuestionPoints,
  QuestionStatistics,
  Regrade,
  Regrader,
  StudentResult
} from './results.ts';
export { describeStorageProblem, isStorageError, StorageError } from './storage-error.ts';
export type { FieldIssue, LiveStateName, StorageProblem, StorageProblemCode } from './storage-error.ts';
export { QuestionSnapshot, SetSettings, StoredResponse } from './stored-json.ts';
export {
  createSession,
  createTeacher,
  deleteSession,
  Email,
  findTeacherByEmail,
  NewTeacher,
  sessionLifetimeDays,
  verifySession,
  verifyTeacherCredentials
} from './teachers.ts';
export type { Teacher } from './teachers.ts';
