import { createHash } from 'node:crypto';
import type { Article, Evidence } from '@newsquiz/facts';
import {
  finishQuestion,
  lintQuestion,
  seededRandom,
  Skill,
  type Choice,
  type Question,
  type QuestionDraft,
  type QuestionPath,
  type QuestionProblem,
  type QuestionType
} from '@newsquiz/question-bank';
import { z } from 'zod';
import { findQuote } from './article-evidence';

/** Most rows of options, pairs, items or quotes a form may send. */
const maxRows = 20;

const Text = (max: number) => z.string().max(max, `Keep this under ${max} characters.`);
const Rows = (max: number) => z.array(Text(max)).max(maxRows, `Use at most ${maxRows} rows.`);

/**
 * The question form as the browser sends it, every field text: rows of options, pairs and quotes keep
 * their places, blanks and all, so that a refused form comes back exactly as it was typed.
 */
export const QuestionForm = z.object({
  stem: Text(1000),
  explanation: Text(2000),
  topic: Text(100),
  skill: Skill,
  /** Choices; for an ordering question, the items in the right order. */
  options: Rows(300),
  /** Row numbers of the options marked correct. */
  correct: z.array(z.string().regex(/^\d{1,2}$/, 'Mark options by their row.')).max(maxRows),
  answer: z.enum(['', 'true', 'false']),
  /** Blank on forms of other types, which have no such field. */
  numericKind: z.enum(['', 'tolerance', 'range']),
  value: Text(40),
  tolerance: Text(40),
  min: Text(40),
  max: Text(40),
  unit: Text(40),
  /** Accepted answers, one a line. */
  accepted: Text(2000),
  passage: Text(2000),
  prompts: Rows(300),
  /** Not "matches", which as a form field would hide the form element's own matches() method. */
  matchTexts: Rows(300),
  /** Matches that fit no prompt, one a line. */
  distractors: Text(2000),
  paragraphs: Rows(10),
  quotes: Rows(1000)
});
export type QuestionFormValues = z.infer<typeof QuestionForm>;

/** Errors keyed by the id of the input (or group) they belong to, as the form shows them. */
export type FieldErrors = Record<string, string[]>;

export type AuthoredQuestion =
  | { ok: true; question: Question; values: QuestionFormValues }
  | { ok: false; values: QuestionFormValues; errors: FieldErrors };

export type AuthoringContext = {
  article: Article;
  topicIds: readonly string[];
  /** The facts an edited question was about; a teacher's new question is about none in particular. */
  factIds?: string[];
};

const listFields = ['options', 'correct', 'prompts', 'matchTexts', 'paragraphs', 'quotes'] as const;
const textFields = [
  'stem',
  'explanation',
  'topic',
  'skill',
  'answer',
  'numericKind',
  'value',
  'tolerance',
  'min',
  'max',
  'unit',
  'accepted',
  'passage',
  'distractors'
] as const;

/** The form's fields as sent; a missing field is blank, so every refusal can show the form again. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const texts = (name: string) => form.getAll(name).filter((value) => typeof value === 'string');
  return Object.fromEntries([
    ...textFields.map((name) => [name, texts(name)[0] ?? '']),
    ...listFields.map((name) => [name, texts(name)])
  ]);
}

/** A blank form for a new question of this type. */
export function emptyValues(type: QuestionType): QuestionFormValues {
  return {
    stem: type === 'cloze' ? 'Fill in the blank.' : '',
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
    quotes: []
  };
}

/** The form filled in from a question, for editing it. */
export function valuesOf(question: Question): QuestionFormValues {
  const values: QuestionFormValues = {
    ...emptyValues(question.type),
    stem: question.stem,
    explanation: question.explanation,
    topic: question.topic,
    skill: question.skill,
    paragraphs: question.evidence.map((item) => item.paragraph),
    quotes: question.evidence.map((item) => item.quote)
  };
  const textOf = (choices: Choice[], id: string) => choices.find((choice) => choice.id === id)?.text ?? '';
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response': {
      const key: string[] = question.type === 'single-choice' ? [question.key] : question.key;
      return {
        ...values,
        options: question.options.map((option) => option.text),
        correct: question.options.flatMap((option, row) => (key.includes(option.id) ? [String(row)] : []))
      };
    }
    case 'true-false':
      return { ...values, answer: String(question.key) as 'true' | 'false' };
    case 'numeric': {
      const unit = question.unit ?? '';
      return question.key.kind === 'range'
        ? {
            ...values,
            numericKind: 'range',
            min: String(question.key.min),
            max: String(question.key.max),
            unit
          }
        : {
            ...values,
            value: String(question.key.value),
            tolerance: String(question.key.tolerance),
            unit
          };
    }
    case 'short-answer':
      return { ...values, accepted: question.key.join('\n') };
    case 'cloze':
      return { ...values, passage: question.passage, accepted: question.key.join('\n') };
    case 'matching': {
      const matched = new Set(question.key.map((pair) => pair.option));
      return {
        ...values,
        prompts: question.prompts.map((prompt) => prompt.text),
        matchTexts: question.prompts.map((prompt) =>
          textOf(question.options, question.key.find((pair) => pair.prompt === prompt.id)?.option ?? '')
        ),
        distractors: question.options
          .filter((option) => !matched.has(option.id))
          .map((option) => option.text)
          .join('\n')
      };
    }
    case 'ordering':
      return { ...values, options: question.key.map((id) => textOf(question.options, id)) };
  }
}

const choiceIds = 'abcdefghijklmnopqrstuvwxyz';
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
const filledRows = (texts: readonly string[]) =>
  texts.map((text, row) => ({ text: text.trim(), row })).filter(({ text }) => text !== '');

function parseNumber(text: string): number | undefined {
  const plain = text.trim().replace(/[\s,]/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/**
 * The order students see items in: shuffled by a seed taken from the items themselves, so that the same
 * question always gets the same ids, and never the right order, which would answer the question.
 */
function shownOrder(texts: readonly string[], inRightPlace: (order: number[]) => boolean): number[] {
  const seed = createHash('sha256').update(JSON.stringify(texts)).digest().readUInt32BE(0);
  const random = seededRandom(seed);
  const indexes = texts.map((_, index) => index);
  let order = random.shuffle(indexes);
  for (let tries = 0; inRightPlace(order) && tries < 20; tries += 1) order = random.shuffle(indexes);
  return order;
}

// The gates speak to the bank's authors; a teacher reads these next to the field at fault.
function teacherMessage(problem: QuestionProblem, type: QuestionType): string {
  switch (problem.code) {
    case 'duplicate-option':
      return 'This repeats another row.';
    case 'giveaway-option':
      return `The question already says “${problem.text}”, which gives the answer away.`;
    case 'too-few-options':
      return type === 'matching'
        ? `Write at least ${problem.minimum} pairs.`
        : `Write at least ${problem.minimum} ${type === 'ordering' ? 'items' : 'options'}.`;
    case 'mixed-option-kinds':
      return `The options mix ${problem.kinds.join(' and ')}, so the odd one out gives itself away.`;
    case 'option-lengths-differ':
      return 'The longest option is more than three times as long as the shortest, which gives it away.';
    case 'all-or-none-of-the-above':
      return '“All” or “none of the above” tests test-taking, not the article.';
    case 'negation-without-emphasis':
      return `Write “${problem.word}” in capitals (${problem.word.toUpperCase()}) so that no student misses it.`;
    case 'missing-evidence':
      return 'Cite at least one paragraph and quote from the article.';
    case 'bad-blank':
      return `The passage needs {{blank}} exactly once, where the answer goes; it has it ${problem.blanks} times.`;
    case 'bad-range':
      return 'The range ends below its start.';
    default:
      return `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`;
  }
}

/** Where each part of the question came from on the form, to put a gate's finding next to its field. */
type Sources = {
  options: string[];
  prompts: string[];
  evidence: number[];
  key: string;
  group: string;
};

function fieldOf(path: QuestionPath, sources: Sources): string {
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
  for (const name of Object.keys(QuestionForm.shape) as (keyof QuestionFormValues)[]) {
    const field = QuestionForm.shape[name].safeParse(input[name]);
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
  const parsed = QuestionForm.safeParse(input);
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
  const explanation = values.explanation.trim();
  if (explanation === '') refuse('explanation', 'Explain the answer to a student who has just given it.');
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
  const quoted =
    evidence.length > 0 || Object.keys(errors).some((field) => /^(quote|paragraph)-/.test(field));

  const common = {
    stem,
    explanation,
    evidence,
    factIds: context.factIds ?? [],
    topic: values.topic,
    skill: values.skill
  };
  const sources: Sources = {
    options: [],
    prompts: [],
    evidence: evidenceRows,
    key: 'form',
    group: 'options'
  };
  let draft: QuestionDraft;
  switch (type) {
    case 'single-choice':
    case 'multiple-response': {
      const rows = filledRows(values.options);
      const options = rows.map((row, index) => ({ id: choiceIds[index]!, text: row.text }));
      const marked = values.correct.map(Number);
      const key = rows.flatMap((row, index) => (marked.includes(row.row) ? [options[index]!.id] : []));
      if (marked.some((row) => !rows.some((filled) => filled.row === row)))
        refuse('correct', 'An option marked correct is empty.');
      else if (key.length === 0)
        refuse(
          'correct',
          type === 'single-choice' ? 'Mark the correct option.' : 'Mark every correct option.'
        );
      else if (type === 'single-choice' && key.length > 1) refuse('correct', 'Mark only one option correct.');
      sources.options = rows.map((row) => `option-${row.row}`);
      sources.key = 'correct';
      draft =
        type === 'single-choice'
          ? { ...common, type, options, key: key[0] ?? '' }
          : { ...common, type, options, key };
      break;
    }
    case 'true-false':
      if (values.answer === '') refuse('answer', 'Choose whether the statement is true or false.');
      sources.key = 'answer';
      draft = { ...common, type, key: values.answer === 'true' };
      break;
    case 'numeric': {
      const unit = values.unit.trim();
      const withUnit = unit === '' ? {} : { unit };
      const number = (field: 'value' | 'tolerance' | 'min' | 'max', blank?: number) => {
        const parsedNumber = values[field].trim() === '' ? blank : parseNumber(values[field]);
        if (parsedNumber === undefined || (field === 'tolerance' && parsedNumber < 0))
          refuse(field, 'Write a number, such as 84 or 2.5.');
        return parsedNumber ?? 0;
      };
      if (values.numericKind === 'range') {
        sources.key = 'max';
        draft = {
          ...common,
          type,
          key: { kind: 'range', min: number('min'), max: number('max') },
          ...withUnit
        };
      } else {
        sources.key = 'value';
        const key = { kind: 'tolerance' as const, value: number('value'), tolerance: number('tolerance', 0) };
        draft = { ...common, type, key, ...withUnit };
      }
      break;
    }
    case 'short-answer':
    case 'cloze': {
      const key = lines(values.accepted);
      if (key.length === 0) refuse('accepted', 'Write at least one accepted answer.');
      sources.key = 'accepted';
      draft =
        type === 'cloze'
          ? { ...common, type, passage: values.passage.trim(), key }
          : { ...common, type, key };
      if (type === 'cloze' && values.passage.trim() === '')
        refuse('passage', 'Write the passage, with {{blank}} where the answer goes.');
      break;
    }
    case 'matching': {
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
      sources.options = order.map((from) => origins[from]!);
      sources.prompts = pairs.map((pair) => `prompt-${pair.row}`);
      sources.key = 'pairs';
      sources.group = 'pairs';
      draft = {
        ...common,
        type,
        prompts: pairs.map((pair, index) => ({ id: String(index + 1), text: pair.prompt })),
        options,
        key: pairs.map((_, index) => ({
          prompt: String(index + 1),
          option: choiceIds[order.indexOf(index)]!
        }))
      };
      break;
    }
    case 'ordering': {
      const rows = filledRows(values.options);
      const order = shownOrder(
        rows.map((row) => row.text),
        (shown) => shown.every((from, position) => from === position)
      );
      const options = order.map((from, position) => ({ id: choiceIds[position]!, text: rows[from]!.text }));
      sources.options = order.map((from) => `option-${rows[from]!.row}`);
      sources.key = 'options';
      draft = { ...common, type, options, key: rows.map((_, index) => choiceIds[order.indexOf(index)]!) };
      break;
    }
  }

  // lintQuestion parses the question with the bank's zod schema before it runs the gates.
  const lint = lintQuestion(finishQuestion(draft));
  if (lint.ok && Object.keys(errors).length === 0) return { ok: true, question: lint.question, values };
  if (!lint.ok) {
    // A field already refused says what to fix there; and a quote refused is not a quote missing.
    const refused = new Set(Object.keys(errors));
    for (const problem of lint.problems) {
      const field = fieldOf(problem.path, sources);
      if (refused.has(field) || (problem.code === 'missing-evidence' && quoted)) continue;
      const message = teacherMessage(problem, type);
      if (!errors[field]?.includes(message)) refuse(field, message);
    }
  }
  return { ok: false, values, errors };
}
