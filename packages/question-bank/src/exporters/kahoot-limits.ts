import { quizGameMaxAnswers, quizGameTypes } from './choice-rows.ts';
import type { FormatLimits } from './format-limits.ts';

/** The most characters Kahoot takes in a question and in each answer. */
export const kahootTextLimits = { question: 120, answer: 75 } as const;

// Apart from the exporter, which loads exceljs, so that the registry can read it for free.
export const kahootLimits: FormatLimits = {
  name: 'Kahoot',
  types: quizGameTypes,
  maxAnswers: quizGameMaxAnswers,
  maxLength: kahootTextLimits
};
