import type { MatchingQuestion } from '@newsquiz/question-bank';
import { choiceIds, lines } from '../form-rows';
import type { KindForm } from '../kind-form';
import { shownOrder } from '../shown-order.server';
import { matchField } from './fields';

export const matchingForm: KindForm<MatchingQuestion> = {
  parseAnswer(question, fields) {
    const options = (question.options ?? []).map((option) => option.id);
    const pairs = [];
    for (const prompt of question.prompts ?? []) {
      const field = fields.name(matchField(prompt.id));
      const option = fields.first(matchField(prompt.id));
      if (!option) return { ok: false, field, message: `Choose a match for “${prompt.text}”.` };
      if (!options.includes(option))
        return { ok: false, field, message: 'A match is not one of the options.' };
      pairs.push({ prompt: prompt.id, option });
    }
    return { ok: true, response: { type: 'matching', pairs } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} pairs.`,
    blank: {},
    values(question) {
      const matched = new Set(question.key.map((pair) => pair.option));
      const optionText = (id: string | undefined) =>
        question.options.find((option) => option.id === id)?.text ?? '';
      return {
        prompts: question.prompts.map((prompt) => prompt.text),
        matchTexts: question.prompts.map((prompt) =>
          optionText(question.key.find((pair) => pair.prompt === prompt.id)?.option)
        ),
        distractors: question.options
          .filter((option) => !matched.has(option.id))
          .map((option) => option.text)
          .join('\n')
      };
    },
    draft({ values, common, refuse }) {
      const pairs: { prompt: string; match: string; row: number }[] = [];
      values.prompts.forEach((text, row) => {
        const prompt = text.trim();
        const match = (values.matchTexts[row] ?? '').trim();
        if (prompt === '' && match === '') return;
        if (prompt === '') refuse(`prompt-${row}`, 'Write the prompt this matches.');
        else if (match === '') refuse(`match-${row}`, 'Write the match of this prompt.');
        else pairs.push({ prompt, match, row });
      });
      const texts = [...pairs.map((pair) => pair.match), ...lines(values.distractors)];
      const origins = [
        ...pairs.map((pair) => `match-${pair.row}`),
        ...texts.slice(pairs.length).map(() => 'distractors')
      ];
      // Options shown in the order of their prompts would pair themselves.
      const order = shownOrder(texts, (shown) => pairs.every((_, index) => shown[index] === index));
      const options = order.map((from, position) => ({ id: choiceIds[position]!, text: texts[from]! }));
      return {
        draft: {
          ...common,
          type: 'matching',
          prompts: pairs.map((pair, index) => ({ id: String(index + 1), text: pair.prompt })),
          options,
          key: pairs.map((_, index) => ({
            prompt: String(index + 1),
            option: choiceIds[order.indexOf(index)]!
          }))
        },
        sources: {
          options: order.map((from) => origins[from]!),
          prompts: pairs.map((pair) => `prompt-${pair.row}`),
          key: 'pairs',
          group: 'pairs'
        }
      };
    }
  }
};
