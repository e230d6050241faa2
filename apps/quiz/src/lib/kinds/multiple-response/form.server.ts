import type { MultipleResponseQuestion } from '@newsquiz/question-bank';
import type { KindForm } from '../kind-form';
import { markedOptionValues, readMarkedOptions } from '../marked-options/marked-options.server';

export const multipleResponseForm: KindForm<MultipleResponseQuestion> = {
  parseAnswer(question, fields) {
    const choices = fields.all();
    if (choices.length === 0)
      return { ok: false, field: fields.name(), message: 'Choose at least one answer.' };
    const known = (question.options ?? []).map((option) => option.id);
    if (choices.some((choice) => !known.includes(choice)))
      return { ok: false, field: fields.name(), message: 'A choice is not one of the options.' };
    return { ok: true, response: { type: 'multiple-response', choices: [...new Set(choices)].sort() } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: {},
    values: (question) => markedOptionValues(question.options, question.key),
    draft(input) {
      const { options, key, sources } = readMarkedOptions(input, false);
      return { draft: { ...input.common, type: 'multiple-response', options, key }, sources };
    }
  }
};
