import type { AttemptQuestionRow, AttemptView, Response as StoredAnswer, SetSettings } from '@newsquiz/db';
import {
  correctAnswerText,
  responseText,
  studentView,
  uncitedExplanation,
  type Question,
  type Response,
  type StudentQuestion
} from '@newsquiz/question-bank';

export type EvidenceLink = { paragraph: string; quote: string };

/** One prompt of a matching question after the answer: what the student matched it with, and the match. */
export type PairFeedback = { prompt: string; given: string | null; answer: string; right: boolean };

export type QuestionFeedback = {
  correct: boolean;
  /** Share of the question's points earned, 0..1. */
  score: number;
  /** In words: "Iran", "True", "between 80 and 90 people". */
  yourAnswer: string[];
  correctAnswer: readonly string[];
  explanation: string;
  evidence: readonly EvidenceLink[];
  /** A matching question's pairs one by one, right or wrong, once the student has answered it. */
  pairs?: PairFeedback[];
};

export type QuestionView = {
  /** 1-based, as students count. */
  number: number;
  question: StudentQuestion;
  /** The student's own answer, to fill the form again; it tells them nothing they did not say. */
  response: Response | null;
  feedback: QuestionFeedback | null;
};

/** Whether the key and explanation of an answered question may be shown yet. */
export function showsFeedback(settings: SetSettings, submitted: boolean): boolean {
  return settings.feedback === 'immediate' || (settings.feedback === 'end' && submitted);
}

/**
 * The question a row holds. Only the rows a page shows carry their snapshot (see getAttemptByToken's
 * `shown`). It is not parsed again: an attempt's snapshots were parsed when drawn (drawSetQuestions; a
 * practice draw is the bank's own output) and the database keeps them as written, so a page reads them
 * as they are, which on the results page saved a zod parse of every question on every view.
 */
export function snapshotQuestion(row: AttemptQuestionRow): Question {
  if (row.snapshot === null) throw new Error(`question ${row.position + 1} was not read with this page`);
  return row.snapshot as unknown as Question;
}

/** A stored answer: parsed when it was graded (gradeResponse), so read as it is. */
const storedResponse = (answer: StoredAnswer | undefined) =>
  answer ? (answer.response as unknown as Response) : null;

function pairFeedback(question: Question, response: Response | null): PairFeedback[] | undefined {
  if (question.type !== 'matching' || response?.type !== 'matching') return undefined;
  const text = (choices: { id: string; text: string }[], id: string | undefined) =>
    choices.find((choice) => choice.id === id)?.text ?? '';
  const given = new Map(response.pairs.map((pair) => [pair.prompt, pair.option]));
  return question.prompts.map((prompt) => {
    const match = question.key.find((pair) => pair.prompt === prompt.id)?.option;
    const chosen = given.get(prompt.id);
    return {
      prompt: prompt.text,
      given: chosen === undefined ? null : text(question.options, chosen),
      answer: text(question.options, match),
      right: chosen !== undefined && chosen === match
    };
  });
}

/**
 * The view of one question for the student. Nothing of the key, the explanation or the evidence leaves
 * the server unless the question is answered and the settings show feedback now.
 */
export function questionView(
  row: AttemptQuestionRow,
  answer: StoredAnswer | undefined,
  { feedbackNow, submitted }: { feedbackNow: boolean; submitted: boolean }
): QuestionView {
  const question = snapshotQuestion(row);
  const response = storedResponse(answer);
  // An unanswered question is revealed only once the attempt is handed in.
  const reveal = feedbackNow && (response !== null || submitted);
  return {
    number: row.position + 1,
    question: studentView(question),
    response,
    feedback: reveal ? questionFeedback(question, row, answer, response) : null
  };
}

/**
 * What a student reads after the key: the explanation, then each quote of the evidence with a way to it in
 * the article. A citation of one of those quotes that closes the explanation is left out, as the quote follows.
 */
export function explanationAndEvidence(
  question: Question
): Pick<QuestionFeedback, 'explanation' | 'evidence'> {
  return {
    explanation: uncitedExplanation(question),
    evidence: question.evidence.map(({ paragraph, quote }) => ({ paragraph, quote }))
  };
}

/** What a question's feedback says whatever the answer. */
type KeyFeedback = Pick<QuestionFeedback, 'correctAnswer' | 'explanation' | 'evidence'>;

const keyFeedbackByQuestion = new WeakMap<Question, Readonly<KeyFeedback>>();

/**
 * The key, explanation and evidence of a question, made once per snapshot: a snapshot the database layer
 * holds between reads is frozen and the same object on every page that reads it, and a results page makes
 * these for each of its questions on every view. A question that is not frozen could still change, so its
 * feedback is made again each time.
 */
function keyFeedback(question: Question): Readonly<KeyFeedback> {
  const held = keyFeedbackByQuestion.get(question);
  if (held) return held;
  const { explanation, evidence } = explanationAndEvidence(question);
  const made = Object.freeze({
    correctAnswer: Object.freeze(correctAnswerText(question)),
    explanation,
    evidence: Object.freeze(evidence.map((link) => Object.freeze(link)))
  });
  if (Object.isFrozen(question)) keyFeedbackByQuestion.set(question, made);
  return made;
}

function questionFeedback(
  question: Question,
  row: AttemptQuestionRow,
  answer: StoredAnswer | undefined,
  response: Response | null
): QuestionFeedback {
  return {
    correct: answer?.correct ?? false,
    score: answer && row.maxPoints > 0 ? answer.points / row.maxPoints : 0,
    yourAnswer: response ? responseText(question, response) : [],
    ...keyFeedback(question),
    ...(question.type === 'matching' ? { pairs: pairFeedback(question, response) } : {})
  };
}

export function questionViews(attempt: AttemptView): QuestionView[] {
  const submitted = attempt.submittedAt !== null;
  const feedbackNow = showsFeedback(attempt.settings, submitted);
  const answers = new Map(attempt.responses.map((answer) => [answer.questionId, answer]));
  return attempt.questions.map((row) =>
    questionView(row, answers.get(row.questionId), { feedbackNow, submitted })
  );
}

/** One question of the results: only what the page shows. */
export type ReviewItem = {
  number: number;
  stem: string;
  /** A fill-the-blank question's passage. */
  passage: string | null;
  feedback: QuestionFeedback | null;
};

/** The results' review of a handed-in attempt: every question with its feedback, as the settings allow. */
export function reviewItems(attempt: AttemptView): ReviewItem[] {
  const submitted = attempt.submittedAt !== null;
  const feedbackNow = showsFeedback(attempt.settings, submitted);
  const answers = new Map(attempt.responses.map((answer) => [answer.questionId, answer]));
  return attempt.questions.map((row) => {
    const question = snapshotQuestion(row);
    const answer = answers.get(row.questionId);
    // As questionView: an unanswered question is revealed only once the attempt is handed in.
    const reveal = feedbackNow && (answer !== undefined || submitted);
    return {
      number: row.position + 1,
      stem: question.stem,
      passage: 'passage' in question ? question.passage : null,
      feedback: reveal ? questionFeedback(question, row, answer, storedResponse(answer)) : null
    };
  });
}

/** The view of the one question a page shows, read with `shown` set to its number. */
export function shownQuestionView(attempt: AttemptView, row: AttemptQuestionRow): QuestionView {
  const submitted = attempt.submittedAt !== null;
  const answer = attempt.responses.find((candidate) => candidate.questionId === row.questionId);
  return questionView(row, answer, { feedbackNow: showsFeedback(attempt.settings, submitted), submitted });
}

/** Which questions have an answer, by number: the page's progress list, without reading any snapshot. */
export function progressOf(attempt: AttemptView): { number: number; answered: boolean }[] {
  const answered = new Set(attempt.responses.map((answer) => answer.questionId));
  return attempt.questions.map((row) => ({
    number: row.position + 1,
    answered: answered.has(row.questionId)
  }));
}
