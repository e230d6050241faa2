import type { AttemptView } from '@newsquiz/db';
import { correctAnswerText, Question, Response, responseText } from '@newsquiz/question-bank';
import { acceptableText } from './accept-answer';

export type Outcome = 'right' | 'partly right' | 'wrong' | 'not answered';

/** One question of an attempt as its teacher reviews it: what was asked, what the student said, and the mark. */
export type ReviewedQuestion = {
  /** 1-based, in the order the student saw the questions. */
  number: number;
  questionId: string;
  type: Question['type'];
  stem: string;
  /** A fill-the-blank question's passage, whose blank is the question. */
  passage: string | null;
  answer: string[];
  correctAnswer: string[];
  outcome: Outcome;
  points: number;
  maxPoints: number;
  /** The typed answer the teacher may accept as right, when it was marked wrong; else null. */
  acceptable: string | null;
};

export type AttemptReview = {
  studentName: string;
  score: number | null;
  maxScore: number;
  startedAt: Date;
  submittedAt: Date | null;
  questions: ReviewedQuestion[];
};

function outcomeOf(answered: boolean, correct: boolean, points: number): Outcome {
  if (!answered) return 'not answered';
  if (correct) return 'right';
  return points > 0 ? 'partly right' : 'wrong';
}

/** An attempt question by question, for its teacher: the key is shown whatever the quiz's feedback setting. */
export function attemptReview(attempt: AttemptView): AttemptReview {
  const answers = new Map(attempt.responses.map((answer) => [answer.questionId, answer]));
  return {
    studentName: attempt.studentName,
    score: attempt.score,
    maxScore: attempt.maxScore,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    questions: attempt.questions.map((row) => {
      const question = Question.parse(row.snapshot);
      const stored = answers.get(row.questionId);
      const response = stored ? Response.parse(stored.response) : null;
      const outcome = outcomeOf(stored !== undefined, stored?.correct ?? false, stored?.points ?? 0);
      return {
        number: row.position + 1,
        questionId: row.questionId,
        type: question.type,
        stem: question.stem,
        passage: question.type === 'cloze' ? question.passage : null,
        answer: response ? responseText(question, response) : [],
        correctAnswer: correctAnswerText(question),
        outcome,
        points: stored?.points ?? 0,
        maxPoints: row.maxPoints,
        acceptable: outcome === 'wrong' && response ? acceptableText(response) : null
      };
    })
  };
}
