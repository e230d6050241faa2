import { clozeBlank, type Question } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import type { TextExport } from './export-report.ts';
import type { FormatLimits } from './format-limits.ts';
import { neutraliseCell } from './spreadsheet-cell.ts';

/**
 * Quizlet reads a tab between term and definition and a new line between cards; a spreadsheet opens the
 * same file as a table, so a text that would start a formula there gets an apostrophe.
 */
function field(text: string): string {
  return neutraliseCell(text.replace(/[\t\r\n]+/g, ' ').trim());
}

function textOf(question: Question & { options: { id: string; text: string }[] }, id: string): string {
  return question.options.find((option) => option.id === id)!.text;
}

/** Each question as flash cards: a term and its answer; a matching question gives a card per pair. */
export function quizletCards(question: Question): [string, string][] {
  switch (question.type) {
    case 'single-choice':
      return [[question.stem, textOf(question, question.key)]];
    case 'multiple-response':
      return [[question.stem, question.key.map((id) => textOf(question, id)).join('; ')]];
    case 'true-false':
      return [[question.stem, question.key ? 'True' : 'False']];
    case 'numeric': {
      const value =
        question.key.kind === 'range'
          ? `${question.key.min}–${question.key.max}`
          : question.key.tolerance === 0
            ? String(question.key.value)
            : `${question.key.value} ± ${question.key.tolerance}`;
      return [[question.stem, question.unit ? `${value} ${question.unit}` : value]];
    }
    case 'short-answer':
      return [[question.stem, question.key[0]!]];
    case 'cloze':
      return [[question.passage.replace(clozeBlank, '_____'), question.key[0]!]];
    case 'matching': {
      const prompts = new Map(question.prompts.map((prompt) => [prompt.id, prompt.text]));
      return question.key.map((pair) => [prompts.get(pair.prompt)!, textOf(question, pair.option)]);
    }
    case 'ordering':
      return [[question.stem, question.key.map((id) => textOf(question, id)).join(' → ')]];
    case 'evidence-selection':
      return [[question.stem, question.key.map((id) => textOf(question, id)).join(' / ')]];
  }
}

export const quizletLimits: FormatLimits = {
  name: 'Quizlet',
  types: {
    'single-choice': true,
    'multiple-response': true,
    'true-false': true,
    numeric: true,
    'short-answer': true,
    cloze: true,
    matching: true,
    ordering: true,
    'evidence-selection': true
  }
};

/**
 * Quizlet's import text. Flash cards keep one answer: other accepted answers, the options of
 * choice questions and the stem of a cloze are lost, and tabs or line breaks become spaces.
 */
export function exportQuizlet(bank: QuestionBank): TextExport {
  const lines = bank.questions
    .flatMap(quizletCards)
    .map(([term, definition]) => `${field(term)}\t${field(definition)}`);
  return { text: `${lines.join('\n')}\n`, skipped: [] };
}
