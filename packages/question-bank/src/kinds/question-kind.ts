import type { z } from 'zod';
import type { QuestionProblem } from '../gates/question-problem.ts';

export type ResponseForm = 'recognition' | 'production' | 'arrangement';

/**
 * Everything the bank knows about one kind of question. Grading, the quality gates, difficulty and the
 * answer texts ask the kind; none of them switches on the type.
 */
export type QuestionKind<Q extends { type: string }, R extends { type: string }> = {
  /** What a teacher calls it. */
  label: string;
  /** What it asks, in a line, for a teacher choosing a type. */
  summary: string;
  question: z.ZodType<Q>;
  /** What a student sends. */
  response: z.ZodType<R>;
  /** What it asks a student to do, for the difficulty estimate: pick the answer, write it or arrange parts. */
  responseForm: ResponseForm;
  /**
   * The answer as the article may word it, a list of accepted wordings per part, so the difficulty estimate
   * can look for it in the evidence quotes; absent when the answer is no wording (true or false, an order).
   */
  answerWordings?: (question: Q) => string[][];
  /** The share of the point a response earns, from 0 to 1. */
  score(question: Q, response: R): number;
  /** The key in words, for feedback, review and answer keys: "Iran", "True", "between 80 and 90 people". */
  keyText(question: Q): string[];
  /** A student's response in words. */
  responseText(question: Q, response: R): string[];
  /**
   * The answers a student picks from, for a kind that shows a fixed list: item analysis counts each, so an
   * answer nobody chose shows as 0.
   */
  choices?: (question: Q) => { text: string; correct: boolean; chosenIn: (response: R) => boolean }[];
  /** Quality gates: the key against the rest of the question. */
  keyProblems(question: Q): QuestionProblem[];
  /** Quality gates: the options, prompts or accepted answers. */
  optionProblems(question: Q): QuestionProblem[];
  /** Quality gates: what the student reads beside the stem. */
  textProblems(question: Q): QuestionProblem[];
};

/** Shares rounded to a thousandth, so that 1/3 + 2/3 is 1. */
export const roundScore = (score: number) => Math.round(score * 1000) / 1000;

export const noProblems = (): QuestionProblem[] => [];
