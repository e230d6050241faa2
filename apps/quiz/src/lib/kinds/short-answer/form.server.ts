import type { ShortAnswerQuestion } from '@newsquiz/question-bank';
import { readAcceptedAnswers, readTypedAnswer } from '../accepted-answers/typed-answer.server';
import type { KindForm } from '../kind-form';

export const shortAnswerForm: KindForm<ShortAnswerQuestion> = {
  parseAnswer(_question, fields) {
    const typed = readTypedAnswer(fields);
    return typed.ok ? { ok: true, response: { type: 'short-answer', text: typed.text } } : typed;
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: {},
    values: (question) => ({ accepted: question.key.join('\n') }),
    draft(input) {
      const key = readAcceptedAnswers(input);
      return { draft: { ...input.common, type: 'short-answer', key }, sources: { key: 'accepted' } };
    }
  }
};
