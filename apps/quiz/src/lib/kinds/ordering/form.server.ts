import type { OrderingQuestion } from '@newsquiz/question-bank';
import { z } from 'zod';
import { choiceIds, filledRows } from '../form-rows';
import type { KindForm } from '../kind-form';
import { shownOrder } from '../shown-order.server';
import { positionField } from './fields';

// Built once, not per answer (making a zod schema costs more than parsing with it); the top of the range is
// each question's own count of items, checked in `placeWithin`.
const Place = z.union([z.literal(''), z.coerce.number().int().min(1)]);

/** A menu's place: blank (''), or a whole number from 1 to the count of items; null for anything else. */
function placeWithin(count: number, posted: string): number | '' | null {
  const place = Place.safeParse(posted);
  if (!place.success || (place.data !== '' && place.data > count)) return null;
  return place.data;
}

export const orderingForm: KindForm<OrderingQuestion> = {
  parseAnswer(question, fields) {
    const options = question.options ?? [];
    const rows = options.map((option, index) => {
      const suffix = positionField(option.id);
      const place = placeWithin(options.length, fields.first(suffix).trim());
      const posted = fields.place(suffix);
      return {
        option,
        name: fields.name(suffix),
        place,
        shownAt: posted === -1 ? options.length + index : posted
      };
    });
    const invalid = rows.find((row) => row.place === null);
    if (invalid)
      return {
        ok: false,
        field: invalid.name,
        message: `Give “${invalid.option.text}” a place from 1 to ${options.length}.`
      };
    // The page lists the items in the order it showed them, so the post does too. Without JavaScript a menu
    // cannot follow another's change: an item given a new place moves there and the others keep their
    // order around it, as the page's move script does (and a blank menu is an item left where it was).
    const shown = [...rows].sort((a, b) => a.shownAt - b.shownAt);
    const placed = new Map<number, (typeof rows)[number]>();
    const kept: typeof rows = [];
    for (const [index, row] of shown.entries()) {
      const { place } = row;
      if (place === '' || place === null || place === index + 1) {
        kept.push(row);
        continue;
      }
      const other = placed.get(place);
      if (other)
        return {
          ok: false,
          field: row.name,
          message: `“${other.option.text}” and “${row.option.text}” both have place ${place}: give each its own place.`
        };
      placed.set(place, row);
    }
    const order = options
      .map((_, index) => placed.get(index + 1) ?? kept.shift()!)
      .map((row) => row.option.id);
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
