import type { OrderingQuestion } from '@newsquiz/question-bank';
import { choiceIds, filledRows } from '../form-rows';
import type { KindForm } from '../kind-form';
import { shownOrder } from '../shown-order.server';
import { positionField } from './fields';

export const orderingForm: KindForm<OrderingQuestion> = {
  parseAnswer(question, fields) {
    const options = question.options ?? [];
    const positions = options.map((option) => ({
      id: option.id,
      name: fields.name(positionField(option.id)),
      position: Number(fields.first(positionField(option.id)))
    }));
    const invalid = positions.find(
      (p) => !Number.isInteger(p.position) || p.position < 1 || p.position > options.length
    );
    if (invalid)
      return {
        ok: false,
        field: invalid.name,
        message: `Give every item a position from 1 to ${options.length}.`
      };
    if (new Set(positions.map((p) => p.position)).size !== positions.length)
      return { ok: false, field: positions[0]!.name, message: 'Use each position once.' };
    const order = [...positions].sort((a, b) => a.position - b.position).map((p) => p.id);
    return { ok: true, response: { type: 'ordering', order } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} items.`,
    blank: {},
    values: (question) => ({
      options: question.key.map((id) => question.options.find((option) => option.id === id)?.text ?? '')
    }),
    draft({ values, common }) {
      const rows = filledRows(values.options);
      const order = shownOrder(
        rows.map((row) => row.text),
        (shown) => shown.every((from, position) => from === position)
      );
      const options = order.map((from, position) => ({ id: choiceIds[position]!, text: rows[from]!.text }));
      return {
        draft: {
          ...common,
          type: 'ordering',
          options,
          key: rows.map((_, index) => choiceIds[order.indexOf(index)]!)
        },
        sources: { options: order.map((from) => `option-${rows[from]!.row}`), key: 'options' }
      };
    }
  }
};
