import type { StudentQuestion } from '@newsquiz/question-bank';
import { answerFieldName } from '$lib/kinds/answer-field';
import type { AnswerFields, ParsedAnswer } from '$lib/kinds/kind-form';
import { kindFormOf } from '$lib/kinds/kinds.server';

/**
 * Reads one question's answer from a posted form into the question bank's response shape. Everything is
 * checked against the question as the student saw it, so a forged form gets a message, never a grade.
 */
export function parseAnswerForm(question: StudentQuestion, form: FormData, prefix = ''): ParsedAnswer {
  const name = (suffix?: string) => answerFieldName(prefix, suffix);
  const all = (suffix?: string) => form.getAll(name(suffix)).map(String);
  const posted = [...form.keys()];
  const fields: AnswerFields = {
    name,
    all,
    first: (suffix) => all(suffix)[0] ?? '',
    place: (suffix) => posted.indexOf(name(suffix))
  };
  return kindFormOf(question.type).parseAnswer(question, fields);
}
