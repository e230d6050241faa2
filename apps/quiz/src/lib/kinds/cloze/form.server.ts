import type { ClozeQuestion } from '@newsquiz/question-bank';
import { readAcceptedAnswers, readTypedAnswer } from '../accepted-answers/typed-answer.server';
import type { KindForm } from '../kind-form';

export const clozeForm: KindForm<ClozeQuestion> = {
  parseAnswer(_question, fields) {
    const typed = readTypedAnswer(fields);
    return typed.ok ? { ok: true, response: { type: 'cloze', text: typed.text } } : typed;
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: { stem: 'Fill in the blank.' },
    values: (question) => ({ passage: question.passage, accepted: question.key.join('\n') }),
    draft(input) {
      const key = readAcceptedAnswers(input);
      const passage = input.values.passage.trim();
      if (passage === '') input.refuse('passage', 'Write the passage, with {{blank}} where the answer goes.');
      return { draft: { ...input.common, type: 'cloze', passage, key }, sources: { key: 'accepted' } };
    }
  }
};
