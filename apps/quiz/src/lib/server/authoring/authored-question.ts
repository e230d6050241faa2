import type { Article, Evidence } from '@newsquiz/facts';
import {
  finishQuestion,
  lintQuestion,
  Question,
  type QuestionPath,
  type QuestionProblem,
  type QuestionType
} from '@newsquiz/question-bank';
import { maxRows } from '@newsquiz/question-bank/text-limits';
import { z } from 'zod';
import type { FieldErrors } from '$lib/field-errors';
import type { FieldSources, KindAuthoring } from '$lib/kinds/kind-form';
import { kindFormOf } from '$lib/kinds/kinds.server';
import { QuestionFormValues } from '$lib/kinds/question-form';
import { findQuote } from './article-evidence';

export type AuthoredQuestion =
  /** `grounded` is false when the question cites no evidence: it is saved, and flagged in the lists. */
  | { ok: true; question: Question; values: QuestionFormValues; grounded: boolean }
  | { ok: false; values: QuestionFormValues; errors: FieldErrors };

export type AuthoringContext = {
  article: Article;
  topicIds: readonly string[];
  /** The facts an edited question was about; a teacher's new question is about none in particular. */
  factIds?: string[];
};

/** The form's fields as sent; a missing field is blank, so every refusal can show the form again. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const texts = (name: string) => form.getAll(name).filter((value) => typeof value === 'string');
  return Object.fromEntries(
    Object.entries(QuestionFormValues.shape).map(([name, schema]) => [
      name,
      schema instanceof z.ZodArray ? texts(name) : (texts(name)[0] ?? '')
    ])
  );
}

/** A blank form for a new question of this type. */
export function emptyValues(type: QuestionType): QuestionFormValues {
  return {
    stem: '',
    explanation: '',
    topic: '',
    skill: 'recall',
    options: [],
    correct: [],
    answer: '',
    numericKind: 'tolerance',
    value: '',
    tolerance: '',
    min: '',
    max: '',
    unit: '',
    accepted: '',
    passage: '',
    prompts: [],
    matchTexts: [],
    distractors: '',
    paragraphs: [],
    quotes: [],
    offered: [],
    ...authoringOf(type).blank
  };
}

/**
 * What a question without the teacher's explanation tells the student after answering, as the bank's GIFT
 * import does; the form shows it blank again.
 */
export const unexplained = 'See the article.';

const authoringOf = (type: QuestionType): KindAuthoring<Question> => kindFormOf(type).authoring;

/** The form filled in from a question, for editing it. */
export function valuesOf(question: Question): QuestionFormValues {
  return {
    ...emptyValues(question.type),
    stem: question.stem,
    explanation: question.explanation === unexplained ? '' : question.explanation,
    topic: question.topic,
    skill: question.skill,
    paragraphs: question.evidence.map((item) => item.paragraph),
    quotes: question.evidence.map((item) => item.quote),
    ...authoringOf(question.type).values(question)
  };
}

// The gates speak to the bank's authors; a teacher reads these next to the field at fault.
function teacherMessage(problem: QuestionProblem, type: QuestionType): string {
  switch (problem.code) {
    case 'duplicate-option':
      return 'This repeats another row.';
    case 'giveaway-option':
      return `The question already says “${problem.text}”, which gives the answer away.`;
    case 'too-few-options':
      return authoringOf(type).tooFewRows(problem.minimum);
    case 'mixed-option-kinds':
      return `The options mix ${problem.kinds.join(' and ')}, so the odd one out gives itself away.`;
    case 'option-lengths-differ':
      return 'The longest option is more than three times as long as the shortest, which gives it away.';
    case 'key-longest':
      return `The right answer is much the longest option (${problem.keyLength} characters, the others at most ${problem.longestOther}), which gives it away: shorten it or write the others as fully.`;
    case 'all-or-none-of-the-above':
      return '“All” or “none of the above” tests test-taking, not the article.';
    case 'negation-without-emphasis':
      return `Write “${problem.word}” in capitals (${problem.word.toUpperCase()}) so that no student misses it.`;
    case 'bad-blank':
      return `The passage needs {{blank}} exactly once, where the answer goes; it has it ${problem.blanks} times.`;
    case 'bad-range':
      return 'The range ends below its start.';
    case 'key-not-evidence':
      return 'Offer the paragraphs your evidence quotes: those are the answers a student may pick.';
    default:
      return `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`;
  }
}

function fieldOf(path: QuestionPath, sources: FieldSources & { evidence: number[] }): string {
  const [head, index] = path;
  switch (head) {
    case 'stem':
    case 'explanation':
    case 'passage':
    case 'topic':
    case 'skill':
    case 'unit':
      return head;
    case 'options':
      return typeof index === 'number' ? (sources.options[index] ?? sources.group) : sources.group;
    case 'prompts':
      return typeof index === 'number' ? (sources.prompts[index] ?? 'pairs') : 'pairs';
    case 'key':
      return sources.key;
    case 'evidence': {
      const row = typeof index === 'number' ? sources.evidence[index] : undefined;
      if (row === undefined) return 'evidence';
      return path[2] === 'paragraph' ? `paragraph-${row}` : `quote-${row}`;
    }
    default:
      return 'form';
  }
}

/** What can be shown again of a form the schema refused: each field that reads, the rest blank. */
function readableValues(input: Record<string, string | string[]>, type: QuestionType): QuestionFormValues {
  const values = emptyValues(type);
  for (const name of Object.keys(QuestionFormValues.shape) as (keyof QuestionFormValues)[]) {
    const field = QuestionFormValues.shape[name].safeParse(input[name]);
    if (field.success) Object.assign(values, { [name]: field.data });
  }
  return values;
}

/**
 * Turns the question form into a question held to the same gates as the bank's own: every problem comes
 * back keyed by the field to fix, or the question comes back ready to store.
 */
export function authoredQuestion(
  input: Record<string, string | string[]>,
  type: QuestionType,
  context: AuthoringContext
): AuthoredQuestion {
  const parsed = QuestionFormValues.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, values: readableValues(input, type), errors: fieldErrors };
  }
  const values = parsed.data;
  const errors: FieldErrors = {};
  const refuse = (field: string, message: string) => {
    errors[field] ??= [];
    errors[field].push(message);
  };

  const stem = values.stem.trim();
  if (stem === '') refuse('stem', 'Write the question.');
  // Encouraged, not required: a question without an explanation or evidence is saved and flagged.
  const explanation = values.explanation.trim() || unexplained;
  if (!context.topicIds.includes(values.topic)) refuse('topic', 'Choose a topic of the article.');

  const evidence: Evidence[] = [];
  const evidenceRows: number[] = [];
  values.quotes.forEach((quote, row) => {
    const paragraph = values.paragraphs[row] ?? '';
    if (paragraph === '' && quote.trim() === '') return;
    if (paragraph === '') return refuse(`paragraph-${row}`, 'Choose the paragraph these words stand in.');
    const found = findQuote(context.article, paragraph, quote);
    if (!found.ok) return refuse(`quote-${row}`, found.message);
    evidence.push(found.evidence);
    evidenceRows.push(row);
  });
  const common = {
    stem,
    explanation,
    evidence,
    factIds: context.factIds ?? [],
    topic: values.topic,
    skill: values.skill
  };
  const { draft, sources } = authoringOf(type).draft({ values, article: context.article, common, refuse });
  const located = {
    options: [],
    prompts: [],
    key: 'form',
    group: 'options',
    ...sources,
    evidence: evidenceRows
  };

  // lintQuestion parses the question with the bank's zod schema before it runs the gates. Missing evidence
  // is no refusal here: the question is stored as not grounded instead.
  const finished = finishQuestion(draft);
  const lint = lintQuestion(finished);
  const problems = lint.ok ? [] : lint.problems.filter((problem) => problem.code !== 'missing-evidence');
  if (problems.length === 0 && Object.keys(errors).length === 0) {
    const question = lint.ok ? lint.question : Question.parse(finished);
    return { ok: true, question, values, grounded: question.evidence.length > 0 };
  }
  // A field already refused says what to fix there.
  const refused = new Set(Object.keys(errors));
  for (const problem of problems) {
    const field = fieldOf(problem.path, located);
    if (refused.has(field)) continue;
    const message = teacherMessage(problem, type);
    if (!errors[field]?.includes(message)) refuse(field, message);
  }
  return { ok: false, values, errors };
}

/** The groups of rows a teacher can add to or remove from, each by the lists that make up one row. */
export const rowGroups = {
  options: ['options'],
  pairs: ['prompts', 'matchTexts'],
  offered: ['offered'],
  evidence: ['paragraphs', 'quotes']
} as const satisfies Record<string, readonly (keyof QuestionFormValues)[]>;
export type RowGroup = keyof typeof rowGroups;

/** The value of an "Add a row" or "Remove" button: `add:options`, `remove:pairs:2` (rows from 0 to 19). */
const groupNames = Object.keys(rowGroups).join('|');
export const RowChange = z
  .string()
  .regex(new RegExp(`^(add:(${groupNames})|remove:(${groupNames}):(1?\\d))$`))
  .refine((change) => Number(change.split(':')[2] ?? 0) < maxRows);

export type ChangedRows = {
  values: QuestionFormValues;
  /** The id of the input to put the keyboard on: the new row, or the row that took the removed one's place. */
  focus: string;
};

/** The first input of a group's row, as the form's components name it. */
const firstInputOf = (group: RowGroup, row: number) =>
  ({ options: 'option', pairs: 'prompt', offered: 'offered', evidence: 'paragraph' })[group] + `-${row}`;

/**
 * The form as typed with one row more or one fewer, so that the rows change without JavaScript: every shown
 * row posts, blanks included, so the lists' length is the number of rows. Marks of correct options move with
 * their rows.
 */
export function changeRows(values: QuestionFormValues, change: string): ChangedRows {
  const [verb, group, at] = change.split(':') as ['add' | 'remove', RowGroup, string | undefined];
  const lists = rowGroups[group];
  const count = Math.max(...lists.map((name) => values[name].length));
  const padded = (name: keyof QuestionFormValues & (typeof lists)[number]) =>
    Array.from({ length: count }, (_, row) => values[name][row] ?? '');
  const changed = { ...values };
  if (verb === 'add') {
    if (count >= maxRows) return { values, focus: firstInputOf(group, count - 1) };
    for (const name of lists) changed[name] = [...padded(name), ''];
    return { values: changed, focus: firstInputOf(group, count) };
  }
  const row = Number(at);
  if (row >= count) return { values, focus: firstInputOf(group, Math.max(0, count - 1)) };
  for (const name of lists) changed[name] = padded(name).filter((_, index) => index !== row);
  if (group === 'options') {
    changed.correct = values.correct
      .map(Number)
      .filter((marked) => marked !== row)
      .map((marked) => String(marked > row ? marked - 1 : marked));
  }
  return { values: changed, focus: firstInputOf(group, Math.max(0, Math.min(row, count - 2))) };
}

export type PressedRows =
  | { ok: true; changed: ChangedRows }
  | { ok: false; values: QuestionFormValues; errors: FieldErrors; message: string | null };

/**
 * Reads a press of "Add a row" or "Remove" on the question form: null when the form was sent to be saved.
 * Nothing is stored either way; the form comes back as typed.
 */
export function pressedRows(form: FormData, type: QuestionType): PressedRows | null {
  if (!form.has('rows')) return null;
  const input = formValues(form);
  const change = RowChange.safeParse(form.get('rows'));
  const parsed = QuestionFormValues.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, values: readableValues(input, type), errors, message: null };
  }
  if (!change.success)
    return { ok: false, values: parsed.data, errors: {}, message: 'That button names no row of this form.' };
  return { ok: true, changed: changeRows(parsed.data, change.data) };
}
