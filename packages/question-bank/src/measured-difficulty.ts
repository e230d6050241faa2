import type { DifficultyLevel } from './question.ts';

/**
 * Attempts before facility says more than chance: an item a class truly gets 60% right reads as easy
 * (16 of 20) or hard (8 of 20) about 5% of the time each at 20 attempts, against 17% at 10.
 */
export const minimumAttemptsForMeasure = 20;

// Easy when four in five get it right, hard when two in five or fewer; the results page's flags (above
// 90%, below 30%) are the extremes inside these bands.
const easyFacility = 0.8;
const hardFacility = 0.4;

export type MeasuredDifficulty = { level: DifficultyLevel; facility: number; attempts: number };

/** The level real attempts show, from facility (the share fully right); undefined on too few attempts. */
export function measuredDifficulty(
  facility: number | null,
  attempts: number
): MeasuredDifficulty | undefined {
  if (facility === null || attempts < minimumAttemptsForMeasure) return undefined;
  const level = facility >= easyFacility ? 'easy' : facility <= hardFacility ? 'hard' : 'medium';
  return { level, facility, attempts };
}
