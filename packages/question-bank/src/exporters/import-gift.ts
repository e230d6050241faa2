import { z } from 'zod';
import { Evidence, FactId, ParagraphId, TopicId } from '@newsquiz/facts';
import { finishQuestion } from '../finish-question.ts';
import { lintQuestion } from '../gates/lint-question.ts';
import type { QuestionProblem } from '../gates/question-problem.ts';
import { clozeBlank, Difficulty, Skill, type Question, type QuestionDraft } from '../question.ts';
import {
  maxAcceptedLength,
  maxChoiceLength,
  maxExplanationLength,
  maxGiftLength,
  maxGiftQuestions,
  maxNumberLength,
  maxPassageLength,
  maxQuoteLength,
  maxRows,
  maxStemLength,
  maxTopicLength
} from '../text-limits.ts';
import { giftMetaPrefix } from './export-gift.ts';
import { unescapeGift } from './gift-escape.ts';
import { formatToPlain, giftPlainText, splitMarker } from './gift-markup.ts';

/** Everything wrong with a GIFT file, each with the line a teacher should look at. */
export type GiftImportError =
  | { code: 'syntax'; line: number; message: string }
  | { code: 'unsupported'; line: number; message: string }
  | { code: 'too-long'; line: number; field: string; size: number; limit: number; message: string }
  | { code: 'rejected'; line: number; message: string; problems: QuestionProblem[]; question: Question };

/** Something of a question the import could not keep as the file has it, though it took the question. */
export type GiftImportNote = { line: number; message: string };

export type GiftImport = {
  /** Every question that parsed and passed the quality gates. */
  questions: Question[];
  /** The line each question starts on, in the order of `questions`. */
  lines: number[];
  errors: GiftImportError[];
  notes: GiftImportNote[];
  /** Whether a question read (taken or not) had no topic of its own, so took the one given or none. */
  needsTopic: boolean;
};

/** Defaults for what a plain GIFT file cannot say; our own comment, where a question has one, wins. */
export type GiftImportOptions = { topic?: string; skill?: Skill; evidence?: Evidence[] };

const Meta = z
  .object({
    id: z.string().optional(),
    topic: TopicId.optional(),
    skill: Skill.optional(),
    factIds: z.array(FactId).optional(),
    evidence: z.array(Evidence).optional(),
    difficulty: Difficulty.optional(),
    unit: z.string().min(1).optional(),
    /** The paragraph each answer is, in order: an evidence-selection question, which GIFT writes as choices. */
    paragraphs: z.array(ParagraphId).optional(),
    /** A matching question's options as shown, each by the index of its answer line. */
    optionOrder: z.array(z.int().nonnegative()).optional(),
    /** A cloze question, which GIFT cannot tell from a short answer when its blank ends the passage. */
    cloze: z.literal(true).optional()
  })
  .partial();
type Meta = z.infer<typeof Meta>;

/** A question's lines; `badMeta` is the line of a comment of ours before it that could not be read. */
type Block = { line: number; text: string; meta: Meta | undefined; badMeta?: number };

class GiftSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly code: 'syntax' | 'unsupported' = 'syntax'
  ) {
    super(message);
  }
}

/** A field past its cap: the field's path, its name for the teacher, its size in `unit`s and the cap. */
type CapProblem = { field: string; what: string; size: number; limit: number; unit: string };

class GiftTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly problem: CapProblem
  ) {
    super(capMessage(problem));
  }
}

const capMessage = ({ what, size, limit, unit }: CapProblem) =>
  `${what} has ${size} ${unit}; the most is ${limit}`;

function tooLong(line: number, problem: CapProblem): GiftImportError {
  const { field, size, limit } = problem;
  return { code: 'too-long', line, field, size, limit, message: capMessage(problem) };
}

const overCap = (field: string, what: string, text: string, limit: number): CapProblem[] =>
  text.length > limit ? [{ field, what, size: text.length, limit, unit: 'characters' }] : [];

/** Every field of a parsed question past the cap the question form sets for it. */
function capProblems(draft: QuestionDraft): CapProblem[] {
  const choiceLimit = draft.type === 'evidence-selection' ? maxPassageLength : maxChoiceLength;
  const choices = 'options' in draft ? draft.options : [];
  const prompts = draft.type === 'matching' ? draft.prompts : [];
  const accepted = draft.type === 'short-answer' || draft.type === 'cloze' ? draft.key.join('\n') : '';
  const quotes = draft.evidence.length;
  return [
    ...overCap('stem', 'the stem', draft.stem, maxStemLength),
    ...overCap('explanation', 'the general feedback', draft.explanation, maxExplanationLength),
    ...(draft.type === 'cloze' ? overCap('passage', 'the passage', draft.passage, maxPassageLength) : []),
    ...choices.flatMap((choice, index) =>
      overCap(`options[${index}].text`, `answer ${index + 1}`, choice.text, choiceLimit)
    ),
    ...prompts.flatMap((prompt, index) =>
      overCap(`prompts[${index}].text`, `prompt ${index + 1}`, prompt.text, maxChoiceLength)
    ),
    ...overCap('key', 'the accepted answers, one a line,', accepted, maxAcceptedLength),
    ...(draft.type === 'numeric' ? overCap('unit', 'the unit', draft.unit ?? '', maxNumberLength) : []),
    ...overCap('topic', 'the topic', draft.topic, maxTopicLength),
    ...(quotes > maxRows
      ? [{ field: 'evidence', what: 'the question', size: quotes, limit: maxRows, unit: 'quotes' }]
      : []),
    ...draft.evidence.flatMap((item, index) =>
      overCap(`evidence[${index}].quote`, `evidence quote ${index + 1}`, item.quote, maxQuoteLength)
    )
  ];
}

/** Refuses more answers than the form has rows for, before any work that grows with them. */
function checkRows(line: number, count: number, limit: number): void {
  if (count > limit)
    throw new GiftTooLongError(line, {
      field: 'options',
      what: 'the question',
      size: count,
      limit,
      unit: 'answers'
    });
}

/** Splits a file into questions at blank lines, keeping each one's first line and our comment. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let meta: Meta | undefined;
  let badMeta: number | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      if (current) blocks.push(current);
      current = undefined;
      return;
    }
    if (line.startsWith(giftMetaPrefix.trim())) {
      const parsed = Meta.safeParse(safeJson(line.slice(giftMetaPrefix.length)));
      // The question it belongs to is reported, not the whole file.
      meta = parsed.success ? parsed.data : undefined;
      badMeta = parsed.success ? undefined : index + 1;
      return;
    }
    if (line.startsWith('//') || line.startsWith('$CATEGORY:')) return;
    if (current) current.text += `\n${raw}`;
    else {
      current = { line: index + 1, text: raw, meta, ...(badMeta ? { badMeta } : {}) };
      meta = undefined;
      badMeta = undefined;
    }
  });
  if (current) blocks.push(current);
  return blocks;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Index of the first unescaped occurrence of `token` at or after `from`, or -1. */
function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped `=` or `~` that starts an answer. */
function answerTokens(body: string): { marker: '=' | '~'; raw: string }[] {
  const tokens: { marker: '=' | '~'; raw: string }[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      // An escaped character is text: keep it, backslash and all, for unescapeGift.
      if (tokens.length > 0) tokens[tokens.length - 1]!.raw += body.slice(i, i + 2);
      i++;
      continue;
    }
    const char = body[i];
    if (char === '=' || char === '~') tokens.push({ marker: char, raw: '' });
    else if (tokens.length > 0) tokens[tokens.length - 1]!.raw += char;
    else if (char!.trim() !== '') return [];
  }
  return tokens;
}

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * Each line break, with the spaces and tabs either side of it, becomes one space. A loop rather than a
 * regex: /[ \t]*\r?\n/ tries every space of a long run as a start, quadratic in the run's length.
 */
export function joinLines(raw: string): string {
  const lines = raw.split('\n');
  const last = lines.length - 1;
  return lines
    .map((line, index) => {
      let end = line.length;
      let start = 0;
      if (index < last && line.endsWith('\r')) end--;
      if (index > 0) while (start < end && isBlank(line[start])) start++;
      if (index < last) while (end > start && isBlank(line[end - 1])) end--;
      return line.slice(start, end);
    })
    .join(' ');
}

/** Line breaks in the file are spaces; only an escaped \n is a line break in the text. */
function unwrap(raw: string): string {
  return unescapeGift(joinLines(raw));
}

function clean(raw: string): string {
  return unwrap(raw.trim()).trim();
}

/** An answer's or feedback's text, its format marker taken off and any HTML or Markdown made plain. */
function plain(raw: string): string {
  return giftPlainText(clean(raw));
}

const fullMarks = 100;

// Newsquiz marks an answer right or wrong, so an answer worth part marks in the file is left out.
const partMarks = (answer: string, weight: number) =>
  `“${answer.length > 80 ? `${answer.slice(0, 80)}…` : answer}” earns ${weight}% in the file and is left out: an answer here is right or wrong`;

/** An answer: `=` or `~`, its weight in percent (`=` alone is full marks), its text without feedback. */
type Answer = { marker: '=' | '~'; weight: number; weighted: boolean; raw: string };

function answersOf(body: string): Answer[] {
  return answerTokens(body).map((token) => {
    const weight = /^%(-?[\d.]+)%/.exec(token.raw);
    const rest = weight ? token.raw.slice(weight[0].length) : token.raw;
    const feedbackAt = findUnescaped(rest, '#');
    return {
      marker: token.marker,
      weight: weight ? Number(weight[1]) : token.marker === '=' ? fullMarks : 0,
      weighted: weight !== null,
      raw: feedbackAt >= 0 ? rest.slice(0, feedbackAt) : rest
    };
  });
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

// One way only to read each number (digits, then at most one point), so a failed match never tries the
// ways a run of digits and points could be split.
const unsignedPattern = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
const numberPattern = `(-?${unsignedPattern})`;
const rangePattern = new RegExp(`^${numberPattern}\\.\\.${numberPattern}$`);
const tolerancePattern = new RegExp(`^${numberPattern}(?::(${unsignedPattern}))?$`);

/** Each line's index in the order shown: as given when it is an order of them all, else line order. */
function shownOrder(given: readonly number[] | undefined, count: number): number[] | undefined {
  if (!given) return Array.from({ length: count }, (_, index) => index);
  const valid =
    given.length === count && given.every((index) => index < count) && new Set(given).size === count;
  return valid ? [...given] : undefined;
}

function parseBlock(block: Block, defaults: GiftImportOptions, notes: GiftImportNote[]): QuestionDraft {
  const lineAt = (index: number) => block.line + (block.text.slice(0, index).match(/\n/g)?.length ?? 0);
  let text = block.text.trim();
  // Where `text` starts in the block, kept as it is cut rather than searched for again.
  let offset = block.text.length - block.text.trimStart().length;
  if (text.startsWith('::')) {
    const end = findUnescaped(text, '::', 2);
    if (end < 0) throw new GiftSyntaxError(block.line, 'the title is not closed with ::');
    text = text.slice(end + 2);
    offset += end + 2;
  }
  const open = findUnescaped(text, '{');
  if (open < 0) throw new GiftSyntaxError(block.line, 'no answers: a question needs { } after its text');
  const close = findUnescaped(text, '}', open + 1);
  if (close < 0) throw new GiftSyntaxError(lineAt(offset + open), 'the answers are not closed with }');
  // A marker such as [html] before the question's text says the format of all of it.
  const { format, body: questionText } = splitMarker(clean(text.slice(0, open)));
  const before = formatToPlain(questionText, format).trim();
  const after = formatToPlain(clean(text.slice(close + 1)), format).trim();
  let body = text.slice(open + 1, close);
  const generalAt = findUnescaped(body, '####');
  const general = generalAt >= 0 ? plain(body.slice(generalAt + 4)) : '';
  if (generalAt >= 0) body = body.slice(0, generalAt);
  body = body.trim();
  const line = lineAt(offset + open);
  const evidence = block.meta?.evidence ?? defaults.evidence ?? [];
  const common = {
    explanation: general || 'See the article.',
    evidence,
    // A question from another tool says nothing of the article: it comes in, flagged, until it cites it.
    ...(evidence.length === 0 ? { grounded: false } : {}),
    factIds: block.meta?.factIds ?? [],
    topic: block.meta?.topic ?? defaults.topic ?? 'teacher',
    skill: block.meta?.skill ?? defaults.skill ?? 'recall'
  };
  if (before === '') throw new GiftSyntaxError(block.line, 'the question has no text');
  if (body === '')
    throw new GiftSyntaxError(line, 'essay questions ({}) cannot be graded here', 'unsupported');

  const trueFalse = /^(T|TRUE|F|FALSE)\s*(?:#.*)?$/s.exec(body);
  if (trueFalse) return { ...common, type: 'true-false', stem: before, key: trueFalse[1]!.startsWith('T') };

  if (body.startsWith('#')) {
    // One or more answers, "=" or "%weight%" first where there are several; "~" gives wrong-answer feedback.
    const numeric = body.slice(1).trim();
    const answers = answersOf(/^[=~]/.test(numeric) ? numeric : `=${numeric}`).filter(
      (answer) => answer.marker === '='
    );
    const numberOf = (answer: Answer) => unescapeGift(answer.raw.trim().split(/\s/, 1)[0]!);
    const kept = answers.find((answer) => answer.weight >= fullMarks);
    for (const answer of answers) {
      if (answer === kept || answer.weight <= 0) continue;
      const shown = numberOf(answer).slice(0, maxNumberLength);
      notes.push({
        line,
        message:
          answer.weight < fullMarks
            ? partMarks(shown, answer.weight)
            : `“${shown}” is a second answer with full marks; a numeric question keeps one, the first`
      });
    }
    if (!kept) throw new GiftSyntaxError(line, 'no number earns full marks');
    const spec = numberOf(kept);
    const range = rangePattern.exec(spec);
    const tolerance = tolerancePattern.exec(spec);
    const parts = (range ?? tolerance)?.slice(1).filter((part) => part !== undefined) ?? [];
    const long = parts.find((part) => part.length > maxNumberLength);
    if (long !== undefined)
      throw new GiftTooLongError(line, {
        field: 'key',
        what: 'a number',
        size: long.length,
        limit: maxNumberLength,
        unit: 'characters'
      });
    const key = range
      ? { kind: 'range' as const, min: Number(range[1]), max: Number(range[2]) }
      : tolerance
        ? { kind: 'tolerance' as const, value: Number(tolerance[1]), tolerance: Number(tolerance[2] ?? 0) }
        : undefined;
    if (!key) {
      const shown = spec.length > maxNumberLength ? `${spec.slice(0, maxNumberLength)}…` : spec;
      throw new GiftSyntaxError(line, `"${shown}" is not a number, number:tolerance or min..max`);
    }
    const unit = block.meta?.unit;
    return { ...common, type: 'numeric', stem: before, key, ...(unit ? { unit } : {}) };
  }

  const tokens = answersOf(body);
  if (tokens.length === 0) throw new GiftSyntaxError(line, 'answers must start with = or ~');
  // Answers all marked "=" are accepted answers, whatever their weights, as Moodle reads them.
  const acceptedOnly = tokens.every((token) => token.marker === '=');
  const matching = tokens.some((token) => findUnescaped(token.raw, '->') >= 0);
  // Answers shown as rows get no more rows than the form has, before any work that grows with them;
  // accepted answers are held to the length of their box once read.
  if (matching || !acceptedOnly) checkRows(line, tokens.length, maxRows);

  if (matching) {
    const pairs = tokens.map((token) => {
      const arrow = findUnescaped(token.raw, '->');
      if (token.marker !== '=' || arrow < 0)
        throw new GiftSyntaxError(line, 'every matching answer is "=prompt -> match"');
      const prompt = plain(token.raw.slice(0, arrow));
      return { prompt, option: plain(token.raw.slice(arrow + 2)) };
    });
    // Our own file says the order its options were shown in; any other shows them in line order.
    const order = shownOrder(block.meta?.optionOrder, pairs.length);
    if (!order)
      throw new GiftSyntaxError(
        line,
        `the newsquiz comment's option order does not fit ${pairs.length} answers`
      );
    const idOfLine = (index: number) => letters[order.indexOf(index)]!;
    const matched = pairs.flatMap((pair, index) => (pair.prompt === '' ? [] : [{ ...pair, index }]));
    return {
      ...common,
      type: 'matching',
      stem: before,
      prompts: matched.map((pair, index) => ({ id: String(index + 1), text: pair.prompt })),
      options: order.map((index, shown) => ({ id: letters[shown]!, text: pairs[index]!.option })),
      key: matched.map((pair, index) => ({ prompt: String(index + 1), option: idOfLine(pair.index) }))
    };
  }

  const answers = tokens.map((token) => plain(token.raw));
  if (acceptedOnly) {
    // Here an answer is right or wrong: full marks are accepted, a part mark is reported, none is left out.
    const key = answers.filter((answer, index) => tokens[index]!.weight >= fullMarks && answer !== '*');
    answers.forEach((answer, index) => {
      const weight = tokens[index]!.weight;
      if (weight > 0 && weight < fullMarks) notes.push({ line, message: partMarks(answer, weight) });
      else if (weight >= fullMarks && answer === '*')
        notes.push({ line, message: 'the answer “*”, which accepts anything, is left out' });
    });
    if (key.length === 0) throw new GiftSyntaxError(line, 'no answer earns full marks');
    if (after === '' && !block.meta?.cloze) return { ...common, type: 'short-answer', stem: before, key };
    // Spaces either side of the blank belong to the passage, so these parts are not trimmed.
    const { body: rawBefore } = splitMarker(unwrap(text.slice(0, open)).trimStart());
    const newline = rawBefore.indexOf('\n');
    const stem =
      newline >= 0 ? formatToPlain(rawBefore.slice(0, newline), format).trim() : 'Fill in the blank.';
    const passageStart = formatToPlain(newline >= 0 ? rawBefore.slice(newline + 1) : rawBefore, format);
    const passageEnd = formatToPlain(unwrap(text.slice(close + 1)), format).trimEnd();
    return { ...common, type: 'cloze', stem, passage: `${passageStart}${clozeBlank}${passageEnd}`, key };
  }
  const options = answers.map((answer, index) => ({ id: letters[index]!, text: answer }));
  const right = tokens.flatMap((token, index) => (token.weight > 0 ? [letters[index]!] : []));
  if (right.length === 0)
    throw new GiftSyntaxError(line, 'no answer is marked right with = or a positive %weight%');
  const stem = after === '' ? before : `${before} _____ ${after}`;
  const paragraphs = block.meta?.paragraphs;
  if (paragraphs) {
    if (paragraphs.length !== answers.length)
      throw new GiftSyntaxError(
        line,
        `the newsquiz comment names ${paragraphs.length} paragraphs for ${answers.length} answers`
      );
    const paragraphOf = (index: number) => paragraphs[index]!;
    return {
      ...common,
      type: 'evidence-selection',
      stem,
      options: answers.map((answer, index) => ({ id: paragraphOf(index), text: answer })),
      key: right.map((id) => paragraphOf(letters.indexOf(id)))
    };
  }
  if (right.length === 1 && !tokens.some((token) => token.weighted)) {
    return { ...common, type: 'single-choice', stem, options, key: right[0]! };
  }
  return { ...common, type: 'multiple-response', stem, options, key: right };
}

/**
 * Reads a GIFT file, a teacher's own or one we wrote, into questions held to the quality gates.
 * Our own files carry a comment per question that brings back what GIFT cannot hold.
 */
export function importGift(text: string, options: GiftImportOptions = {}): GiftImport {
  const result: GiftImport = { questions: [], lines: [], errors: [], notes: [], needsTopic: false };
  if (text.length > maxGiftLength) {
    const problem = { field: 'text', what: 'the text', size: text.length, limit: maxGiftLength };
    return { ...result, errors: [tooLong(1, { ...problem, unit: 'characters' })] };
  }
  const blocks = blocksOf(text);
  if (blocks.length > maxGiftQuestions) {
    const problem = { field: 'text', what: 'the text', size: blocks.length, limit: maxGiftQuestions };
    return { ...result, errors: [tooLong(1, { ...problem, unit: 'questions' })] };
  }
  const { questions, lines, errors, notes } = result;
  for (const block of blocks) {
    try {
      if (block.badMeta) throw new GiftSyntaxError(block.badMeta, 'the newsquiz comment is not valid');
      const draft = parseBlock(block, options, notes);
      if (!block.meta?.topic) result.needsTopic = true;
      const overCaps = capProblems(draft);
      if (overCaps.length > 0) {
        errors.push(...overCaps.map((problem) => tooLong(block.line, problem)));
        continue;
      }
      const question = finishQuestion({
        ...draft,
        ...(block.meta?.difficulty ? { difficulty: block.meta.difficulty } : {})
      });
      const lint = lintQuestion(question);
      if (lint.ok) {
        questions.push(lint.question);
        lines.push(block.line);
      } else {
        const message = `question rejected: ${lint.problems.map((problem) => problem.message).join('; ')}`;
        errors.push({ code: 'rejected', line: block.line, message, problems: lint.problems, question });
      }
    } catch (error) {
      if (error instanceof GiftTooLongError) errors.push(tooLong(error.line, error.problem));
      else if (error instanceof GiftSyntaxError)
        errors.push({ code: error.code, line: error.line, message: error.message });
      else throw error;
    }
  }
  return result;
}
