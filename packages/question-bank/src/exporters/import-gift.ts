import { z } from 'zod';
import { Evidence, FactId, ParagraphId, TopicId } from '@newsquiz/facts';
import { finishQuestion } from '../finish-question.ts';
import { lintQuestion } from '../gates/lint-question.ts';
import type { QuestionProblem } from '../gates/question-problem.ts';
import { clozeBlank, Difficulty, Skill, type Question, type QuestionDraft } from '../question.ts';
import { giftMetaPrefix } from './export-gift.ts';
import { unescapeGift } from './gift-escape.ts';

/** Everything wrong with a GIFT file, each with the line a teacher should look at. */
export type GiftImportError =
  | { code: 'syntax'; line: number; message: string }
  | { code: 'unsupported'; line: number; message: string }
  | { code: 'rejected'; line: number; message: string; problems: QuestionProblem[]; question: Question };

export type GiftImport = {
  /** Every question that parsed and passed the quality gates. */
  questions: Question[];
  errors: GiftImportError[];
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
    paragraphs: z.array(ParagraphId).optional()
  })
  .partial();
type Meta = z.infer<typeof Meta>;

type Block = { line: number; text: string; meta: Meta | undefined };

class GiftSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly code: 'syntax' | 'unsupported' = 'syntax'
  ) {
    super(message);
  }
}

/** Splits a file into questions at blank lines, keeping each one's first line and our comment. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let meta: Meta | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      if (current) blocks.push(current);
      current = undefined;
      return;
    }
    if (line.startsWith(giftMetaPrefix.trim())) {
      const parsed = Meta.safeParse(safeJson(line.slice(giftMetaPrefix.length)));
      if (!parsed.success) throw new GiftSyntaxError(index + 1, 'the newsquiz comment is not valid');
      meta = parsed.data;
      return;
    }
    if (line.startsWith('//') || line.startsWith('$CATEGORY:')) return;
    if (current) current.text += `\n${raw}`;
    else {
      current = { line: index + 1, text: raw, meta };
      meta = undefined;
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

/** Line breaks in the file are spaces; only an escaped \n is a line break in the text. */
function unwrap(raw: string): string {
  return unescapeGift(raw.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
}

function clean(raw: string): string {
  return unwrap(raw.trim()).trim();
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

function parseBlock(block: Block, defaults: GiftImportOptions): QuestionDraft {
  const lineAt = (index: number) => block.line + (block.text.slice(0, index).match(/\n/g)?.length ?? 0);
  let text = block.text.trim();
  if (text.startsWith('::')) {
    const end = findUnescaped(text, '::', 2);
    if (end < 0) throw new GiftSyntaxError(block.line, 'the title is not closed with ::');
    text = text.slice(end + 2);
  }
  const open = findUnescaped(text, '{');
  if (open < 0) throw new GiftSyntaxError(block.line, 'no answers: a question needs { } after its text');
  const close = findUnescaped(text, '}', open + 1);
  if (close < 0)
    throw new GiftSyntaxError(lineAt(block.text.indexOf(text) + open), 'the answers are not closed with }');
  const before = clean(text.slice(0, open));
  const after = clean(text.slice(close + 1));
  let body = text.slice(open + 1, close);
  const generalAt = findUnescaped(body, '####');
  const general = generalAt >= 0 ? clean(body.slice(generalAt + 4)) : '';
  if (generalAt >= 0) body = body.slice(0, generalAt);
  body = body.trim();
  const line = lineAt(block.text.indexOf(text) + open);
  const common = {
    explanation: general || 'See the article.',
    evidence: block.meta?.evidence ?? defaults.evidence ?? [],
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
    const spec = unescapeGift(body.slice(1).trim().replace(/^=/, '').split(/\s/)[0]!.replace(/#.*$/, ''));
    const range = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(spec);
    const tolerance = /^(-?[\d.]+)(?::([\d.]+))?$/.exec(spec);
    const key = range
      ? { kind: 'range' as const, min: Number(range[1]), max: Number(range[2]) }
      : tolerance
        ? { kind: 'tolerance' as const, value: Number(tolerance[1]), tolerance: Number(tolerance[2] ?? 0) }
        : undefined;
    if (!key) throw new GiftSyntaxError(line, `"${spec}" is not a number, number:tolerance or min..max`);
    const unit = block.meta?.unit;
    return { ...common, type: 'numeric', stem: before, key, ...(unit ? { unit } : {}) };
  }

  const tokens = answerTokens(body).map((token) => {
    const weight = /^%(-?[\d.]+)%/.exec(token.raw);
    const rest = weight ? token.raw.slice(weight[0].length) : token.raw;
    const feedbackAt = findUnescaped(rest, '#');
    return {
      marker: token.marker,
      weight: weight ? Number(weight[1]) : token.marker === '=' ? 100 : 0,
      weighted: weight !== null,
      raw: feedbackAt >= 0 ? rest.slice(0, feedbackAt) : rest
    };
  });
  if (tokens.length === 0) throw new GiftSyntaxError(line, 'answers must start with = or ~');

  if (tokens.some((token) => findUnescaped(token.raw, '->') >= 0)) {
    const pairs = tokens.map((token) => {
      const arrow = findUnescaped(token.raw, '->');
      if (token.marker !== '=' || arrow < 0)
        throw new GiftSyntaxError(line, 'every matching answer is "=prompt -> match"');
      return { prompt: clean(token.raw.slice(0, arrow)), option: clean(token.raw.slice(arrow + 2)) };
    });
    const matched = pairs.filter((pair) => pair.prompt !== '');
    const options = pairs.map((pair, index) => ({ id: letters[index]!, text: pair.option }));
    return {
      ...common,
      type: 'matching',
      stem: before,
      prompts: matched.map((pair, index) => ({ id: String(index + 1), text: pair.prompt })),
      options,
      key: matched.map((pair, index) => ({
        prompt: String(index + 1),
        option: options[pairs.indexOf(pair)]!.id
      }))
    };
  }

  const answers = tokens.map((token) => clean(token.raw));
  if (tokens.every((token) => token.marker === '=' && !token.weighted)) {
    if (after === '') return { ...common, type: 'short-answer', stem: before, key: answers };
    // Spaces either side of the blank belong to the passage, so these parts are not trimmed.
    const rawBefore = unwrap(text.slice(0, open)).trimStart();
    const newline = rawBefore.indexOf('\n');
    const stem = newline >= 0 ? rawBefore.slice(0, newline).trim() : 'Fill in the blank.';
    const passageStart = newline >= 0 ? rawBefore.slice(newline + 1) : rawBefore;
    const passage = `${passageStart}${clozeBlank}${unwrap(text.slice(close + 1)).trimEnd()}`;
    return { ...common, type: 'cloze', stem, passage, key: answers };
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
  const questions: Question[] = [];
  const errors: GiftImportError[] = [];
  let blocks: Block[];
  try {
    blocks = blocksOf(text);
  } catch (error) {
    if (error instanceof GiftSyntaxError)
      return { questions, errors: [{ code: error.code, line: error.line, message: error.message }] };
    throw error;
  }
  for (const block of blocks) {
    try {
      const draft = parseBlock(block, options);
      const question = finishQuestion({
        ...draft,
        ...(block.meta?.difficulty ? { difficulty: block.meta.difficulty } : {})
      });
      const lint = lintQuestion(question);
      if (lint.ok) questions.push(lint.question);
      else {
        const message = `question rejected: ${lint.problems.map((problem) => problem.message).join('; ')}`;
        errors.push({ code: 'rejected', line: block.line, message, problems: lint.problems, question });
      }
    } catch (error) {
      if (!(error instanceof GiftSyntaxError)) throw error;
      errors.push({ code: error.code, line: error.line, message: error.message });
    }
  }
  return { questions, errors };
}
