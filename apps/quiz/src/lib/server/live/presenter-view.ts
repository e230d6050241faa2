import type { LiveSessionView } from '@newsquiz/db';
import {
  correctAnswerText,
  Question,
  Response,
  responseText,
  studentView,
  type StudentQuestion
} from '@newsquiz/question-bank';
import { explanationAndEvidence, type EvidenceLink } from '$lib/server/attempts/attempt-view';

/** One distinct answer to the question in hand, as the presenter's chart and table show it. */
export type AnswerBar = {
  label: string;
  count: number;
  /** Known to the page only once the answer is revealed. */
  correct: boolean | null;
  y: number;
  width: number;
};

export type AnswerChart = {
  width: number;
  height: number;
  left: number;
  barHeight: number;
  bars: AnswerBar[];
};

const chartWidth = 640;
const labelWidth = 260;
const barHeight = 34;
const gap = 12;

/** Horizontal bars, one per distinct answer, scaled to the largest count: geometry only, drawn by the page. */
export function answerChart(
  answers: { label: string; count: number; correct: boolean | null }[]
): AnswerChart {
  const most = Math.max(1, ...answers.map((a) => a.count));
  const room = chartWidth - labelWidth - 60;
  return {
    width: chartWidth,
    height: Math.max(1, answers.length) * (barHeight + gap),
    left: labelWidth,
    barHeight,
    bars: answers.map((answer, index) => ({
      ...answer,
      y: index * (barHeight + gap),
      width: Math.max(2, (answer.count / most) * room)
    }))
  };
}

/** What the presenter shows of the question in hand: the key and evidence only once revealed. */
export type PresentedQuestion = {
  number: number;
  question: StudentQuestion;
  answered: number;
  chart: AnswerChart;
  reveal: { answer: string[]; explanation: string; evidence: readonly EvidenceLink[] } | null;
};

export function presentedQuestion(session: LiveSessionView): PresentedQuestion | null {
  if (session.position === null) return null;
  const row = session.questions[session.position];
  if (!row) return null;
  const question = Question.parse(row.snapshot);
  const revealed =
    session.state === 'revealed' || session.state === 'ended' || session.pausedFrom === 'revealed';
  const answers = session.answers.map((answer) => {
    const parsed = Response.safeParse(answer.response);
    return {
      label: parsed.success ? responseText(question, parsed.data).join('; ') || '(blank)' : '(unreadable)',
      count: answer.count,
      correct: revealed ? answer.correct : null
    };
  });
  return {
    number: session.position + 1,
    question: studentView(question),
    answered: session.answers.reduce((total, answer) => total + answer.count, 0),
    chart: answerChart(answers),
    reveal: revealed
      ? {
          answer: correctAnswerText(question),
          ...explanationAndEvidence(question)
        }
      : null
  };
}
