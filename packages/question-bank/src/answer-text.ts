import { kindOf } from './kinds/kinds.ts';
import type { Question } from './question.ts';
import type { Response } from './response.ts';

/** The key in words, for feedback, review and answer keys: "Iran", "True", "between 80 and 90 people". */
export const correctAnswerText = (question: Question): string[] => kindOf(question).keyText(question);

/** A student's response to the question, in words. */
export const responseText = (question: Question, response: Response): string[] =>
  kindOf(question).responseText(question, response);
