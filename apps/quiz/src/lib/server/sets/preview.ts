import {
  correctAnswerText,
  gradeResponse,
  responseText,
  studentView,
  type Question
} from '@newsquiz/question-bank';
import { explanationAndEvidence, type QuestionView } from '$lib/server/attempts/attempt-view';
import { parseAnswerForm } from '$lib/server/attempts/response-form';

/** The field-name prefix of a previewed question, as on a student's page with all questions on it. */
export const previewPrefix = (number: number) => `q${number}`;

export type Preview = {
  views: QuestionView[];
  /** What is wrong with an answer sent, by question number. */
  problems: Record<number, string>;
  checked: number;
};

/**
 * The questions as a student sees them (no key, explanation or evidence until answered) and, once the
 * teacher tries answers, each graded on the server exactly as a student's would be. Nothing is recorded.
 */
export function previewQuestions(questions: Question[], form: FormData | null = null): Preview {
  const problems: Record<number, string> = {};
  let checked = 0;
  const views = questions.map((question, index): QuestionView => {
    const number = index + 1;
    const view = { number, question: studentView(question), response: null, feedback: null };
    const prefix = previewPrefix(number);
    const given =
      form !== null &&
      [...form.entries()].some(([key, value]) => key.startsWith(`${prefix}.`) && value !== '');
    if (!form || !given) return view;
    const parsed = parseAnswerForm(view.question, form, prefix);
    if (!parsed.ok) {
      problems[number] = parsed.message;
      return view;
    }
    const grade = gradeResponse(question, parsed.response);
    if (!grade.ok) {
      problems[number] = 'That answer does not fit this question.';
      return view;
    }
    checked += 1;
    return {
      ...view,
      response: parsed.response,
      feedback: {
        correct: grade.correct,
        score: grade.score,
        yourAnswer: responseText(question, parsed.response),
        correctAnswer: correctAnswerText(question),
        ...explanationAndEvidence(question)
      }
    };
  });
  return { views, problems, checked };
}
