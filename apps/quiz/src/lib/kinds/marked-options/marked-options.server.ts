import type { Choice } from '@newsquiz/question-bank';
import { choiceIds, filledRows } from '../form-rows';
import type { DraftInput, FieldSources } from '../kind-form';

/** The options of a choice question and the rows marked correct, as the form shows them. */
export function markedOptionValues(options: Choice[], key: readonly string[]) {
  return {
    options: options.map((option) => option.text),
    correct: options.flatMap((option, row) => (key.includes(option.id) ? [String(row)] : []))
  };
}

/** Reads the filled option rows and the ids of those marked correct; an empty row is skipped. */
export function readMarkedOptions({ values, refuse }: DraftInput, single: boolean) {
  const rows = filledRows(values.options);
  const options = rows.map((row, index) => ({ id: choiceIds[index]!, text: row.text }));
  const marked = values.correct.map(Number);
  const key = rows.flatMap((row, index) => (marked.includes(row.row) ? [options[index]!.id] : []));
  if (marked.some((row) => !rows.some((filled) => filled.row === row)))
    refuse('correct', 'An option marked correct is empty.');
  else if (key.length === 0)
    refuse('correct', single ? 'Mark the correct option.' : 'Mark every correct option.');
  else if (single && key.length > 1) refuse('correct', 'Mark only one option correct.');
  const sources: Partial<FieldSources> = { options: rows.map((row) => `option-${row.row}`), key: 'correct' };
  return { options, key, sources };
}
