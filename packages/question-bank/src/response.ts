import { z } from 'zod';
import { ClozeResponse } from './kinds/cloze.ts';
import { EvidenceSelectionResponse } from './kinds/evidence-selection.ts';
import { MatchingResponse } from './kinds/matching.ts';
import { MultipleResponseResponse } from './kinds/multiple-response.ts';
import { NumericResponse } from './kinds/numeric.ts';
import { OrderingResponse } from './kinds/ordering.ts';
import { ShortAnswerResponse } from './kinds/short-answer.ts';
import { SingleChoiceResponse } from './kinds/single-choice.ts';
import { TrueFalseResponse } from './kinds/true-false.ts';

export {
  ClozeResponse,
  EvidenceSelectionResponse,
  MatchingResponse,
  MultipleResponseResponse,
  NumericResponse,
  OrderingResponse,
  ShortAnswerResponse,
  SingleChoiceResponse,
  TrueFalseResponse
};

/** What a student sends for each question type; the app parses a form into one of these. */
export const Response = z.discriminatedUnion('type', [
  SingleChoiceResponse,
  MultipleResponseResponse,
  TrueFalseResponse,
  NumericResponse,
  ShortAnswerResponse,
  ClozeResponse,
  MatchingResponse,
  OrderingResponse,
  EvidenceSelectionResponse
]);
export type Response = z.infer<typeof Response>;
