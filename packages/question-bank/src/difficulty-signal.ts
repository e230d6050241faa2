/** One measured reason for a difficulty estimate, worded for a teacher: "close numbers (84 vs 80)", +2. */
export type DifficultySignal = { label: string; points: number };
