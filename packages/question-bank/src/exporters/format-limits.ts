import type { Question, QuestionType } from '../question.ts';
import { tooLong, tooManyOptions, unsupported, type SkippedQuestion } from './export-report.ts';

/** Whether a format holds each type of question: a new type does not compile until every format says. */
export type TypeSupport = Readonly<Record<QuestionType, boolean>>;

/**
 * What a format cannot hold, declared beside its exporter, so that what it would leave out of a bank is
 * known without exporting. The registry's test holds each exporter to its declaration.
 */
export type FormatLimits = {
  /** The format's name in the reasons it gives. */
  name: string;
  types: TypeSupport;
  /** The most answers a question of a held type may show. */
  maxAnswers?: number;
  /** The most characters of the question and of each answer. */
  maxLength?: { question: number; answer: number };
};

/** The answers a quiz game shows for a question: its options, or True and False. */
function answerTexts(question: Question): string[] {
  if (question.type === 'true-false') return ['True', 'False'];
  return 'options' in question ? question.options.map((option) => option.text) : [];
}

function lengthProblems(question: Question, limits: FormatLimits): SkippedQuestion[] {
  if (!limits.maxLength) return [];
  const { question: stemLimit, answer: answerLimit } = limits.maxLength;
  return [
    ...(question.stem.length > stemLimit
      ? [tooLong(question.id, 'stem', question.stem.length, stemLimit, limits.name)]
      : []),
    ...answerTexts(question).flatMap((answer, index) =>
      answer.length > answerLimit
        ? [tooLong(question.id, `options[${index}]`, answer.length, answerLimit, limits.name)]
        : []
    )
  ];
}

/**
 * The questions a format leaves out of these, with the reasons its exporter gives and in the same order:
 * a type it lacks or too many answers first, in question order, then what is too long among the rest.
 */
export function leftOut(limits: FormatLimits, questions: readonly Question[]): SkippedQuestion[] {
  const skipped: SkippedQuestion[] = [];
  const held: Question[] = [];
  for (const question of questions) {
    const answers = answerTexts(question).length;
    if (!limits.types[question.type]) skipped.push(unsupported(question.id, question.type, limits.name));
    else if (limits.maxAnswers !== undefined && answers > limits.maxAnswers)
      skipped.push(tooManyOptions(question.id, answers, limits.maxAnswers, limits.name));
    else held.push(question);
  }
  return [...skipped, ...held.flatMap((question) => lengthProblems(question, limits))];
}
