import { z } from 'zod';
import { ChoiceId, MatchPair } from './question.ts';

/** What a student sends for each question type; the app parses a form into one of these. */
export const SingleChoiceResponse = z.object({ type: z.literal('single-choice'), choice: ChoiceId }).strict();
export const MultipleResponseResponse = z
  .object({ type: z.literal('multiple-response'), choices: z.array(ChoiceId) })
  .strict();
export const TrueFalseResponse = z.object({ type: z.literal('true-false'), value: z.boolean() }).strict();
export const NumericResponse = z.object({ type: z.literal('numeric'), value: z.number().finite() }).strict();
export const ShortAnswerResponse = z
  .object({ type: z.literal('short-answer'), text: z.string().max(500) })
  .strict();
export const ClozeResponse = z.object({ type: z.literal('cloze'), text: z.string().max(500) }).strict();
export const MatchingResponse = z.object({ type: z.literal('matching'), pairs: z.array(MatchPair) }).strict();
export const OrderingResponse = z.object({ type: z.literal('ordering'), order: z.array(ChoiceId) }).strict();

export const Response = z.discriminatedUnion('type', [
  SingleChoiceResponse,
  MultipleResponseResponse,
  TrueFalseResponse,
  NumericResponse,
  ShortAnswerResponse,
  ClozeResponse,
  MatchingResponse,
  OrderingResponse
]);
export type Response = z.infer<typeof Response>;
export type SingleChoiceResponse = z.infer<typeof SingleChoiceResponse>;
export type MultipleResponseResponse = z.infer<typeof MultipleResponseResponse>;
export type TrueFalseResponse = z.infer<typeof TrueFalseResponse>;
export type NumericResponse = z.infer<typeof NumericResponse>;
export type ShortAnswerResponse = z.infer<typeof ShortAnswerResponse>;
export type ClozeResponse = z.infer<typeof ClozeResponse>;
export type MatchingResponse = z.infer<typeof MatchingResponse>;
export type OrderingResponse = z.infer<typeof OrderingResponse>;
