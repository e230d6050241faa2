import type { SingleChoiceQuestion } from '@newsquiz/question-bank';
import type { KindForm } from '../kind-form';
import { markedOptionValues, readMarkedOptions } from '../marked-options/marked-options.server';

export const singleChoiceForm: KindForm<SingleChoiceQuestion> = {
  parseAnswer(question, fields) {
    const choice = fields.first().trim();
    if (!choice) return { ok: false, field: fields.name(), message: 'Choose one answer.' };
    if (!(question.options ?? []).some((option) => option.id === choice))
      return { ok: false, field: fields.name(), message: 'That choice is not one of the options.' };
    return { ok: true, response: { type: 'single-choice', choice } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: {},
    values: (question) => markedOptionValues(question.options, [question.key]),
    draft(input) {
      const { options, key, sources } = readMarkedOptions(input, true);
      return { draft: { ...input.common, type: 'single-choice', options, key: key[0] ?? '' }, sources };
    }
  }
};
