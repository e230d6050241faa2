import type { ItemFlag, QuestionStatistics } from '@newsquiz/db';
import {
  gradeResponse,
  kindOf,
  measuredDifficulty,
  Question,
  Response,
  responseText,
  type Difficulty,
  type MeasuredDifficulty,
  type QuestionType
} from '@newsquiz/question-bank';
import { acceptableText } from './accept-answer';

/**
 * One answer and how many students gave it; `correct` marks the key, or a typed answer that scores.
 * `acceptable` is the text a teacher may accept as right: a wrong typed answer's, else null.
 */
export type AnswerCount = { answer: string; count: number; correct: boolean; acceptable: string | null };

export type ItemAnalysis = {
  /** 1-based, in the set's order; questions since removed from the set come last. */
  number: number;
  questionId: string;
  type: QuestionType;
  stem: string;
  /** Handed-in attempts that drew the question, and how many of them answered it, and right. */
  seen: number;
  answered: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  /** The bank's estimate from the question itself, and, once enough students have seen it, what they showed. */
  estimated: Difficulty;
  measured: MeasuredDifficulty | undefined;
  answers: AnswerCount[];
  flags: string[];
};

const flagText: Record<ItemFlag, string> = {
  'too-easy': 'Very easy: almost everyone got it right',
  'too-hard': 'Very hard: most got it wrong; check the key and the wording',
  'not-discriminating': 'Does not tell stronger from weaker students apart'
};

/** Counts per option for choice questions, so that unpopular distractors show as 0; else per answer given. */
function answerCounts(question: Question, given: { response: Response; count: number }[]): AnswerCount[] {
  const choices = kindOf(question).choices?.(question);
  if (!choices) {
    return given.map(({ response, count }) => {
      const grade = gradeResponse(question, response);
      const correct = grade.ok && grade.correct;
      return {
        answer: responseText(question, response).join('; '),
        count,
        correct,
        acceptable: correct ? null : acceptableText(response)
      };
    });
  }
  return choices.map((choice) => ({
    answer: choice.text,
    count: given
      .filter(({ response }) => response.type === question.type && choice.chosenIn(response))
      .reduce((total, { count }) => total + count, 0),
    correct: choice.correct,
    acceptable: null
  }));
}

export function itemAnalysis(statistics: QuestionStatistics[]): ItemAnalysis[] {
  return statistics.map((item, index) => {
    const question = Question.parse(item.snapshot);
    const given = item.responseCounts.map(({ response, count }) => ({
      response: Response.parse(response),
      count
    }));
    return {
      number: index + 1,
      questionId: item.questionId,
      type: question.type,
      stem: question.stem,
      seen: item.seen,
      answered: item.answered,
      correct: item.correct,
      facility: item.facility,
      discrimination: item.discrimination,
      estimated: question.difficulty,
      measured: measuredDifficulty(item.facility, item.seen),
      answers: answerCounts(question, given),
      flags: item.flags.map((flag) => flagText[flag])
    };
  });
}
