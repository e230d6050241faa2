import type { TrueFalseQuestion } from '@newsquiz/question-bank';
import type { KindForm } from '../kind-form';

export const trueFalseForm: KindForm<TrueFalseQuestion> = {
  parseAnswer(_question, fields) {
    const value = fields.first().trim();
    if (value !== 'true' && value !== 'false')
      return { ok: false, field: fields.name(), message: 'Choose true or false.' };
    return { ok: true, response: { type: 'true-false', value: value === 'true' } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: {},
    values: (question) => ({ answer: String(question.key) as 'true' | 'false' }),
    draft({ values, common, refuse }) {
      if (values.answer === '') refuse('answer', 'Choose whether the statement is true or false.');
      return {
        draft: { ...common, type: 'true-false', key: values.answer === 'true' },
        sources: { key: 'answer' }
      };
    }
  }
};
