import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishQuestion } from '../finish-question.ts';
import type { Question, QuestionDraft } from '../question.ts';
import { gradingContent, kermanBank, matchingWithDistractors, sampleQuestions } from '../test-support.ts';
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
import { exportGift, giftMetaPrefix } from './export-gift.ts';
import { importGift } from './import-gift.ts';

describe('GIFT', () => {
  it('reads back every question of a bank it wrote, ids and all, except ordering, which it reports', () => {
    const bank = kermanBank();
    const { text, skipped } = exportGift(bank);
    const ordering = bank.questions.filter((question) => question.type === 'ordering');
    expect(skipped.map((item) => item.questionId)).toEqual(ordering.map((question) => question.id));
    expect(skipped[0]?.code).toBe('unsupported-type');
    const imported = importGift(text);
    expect(imported.errors).toEqual([]);
    const expected = bank.questions.filter((question) => question.type !== 'ordering');
    expect(imported.questions).toEqual(expected);
  });

  it('keeps the id of every type it can write, a matching question with distractors included', () => {
    const questions = [...sampleQuestions(), matchingWithDistractors()].filter(
      (question) => question.type !== 'ordering'
    );
    expect(new Set(questions.map((question) => question.type)).size).toBe(8);
    const imported = importGift(exportGift({ ...kermanBank(), questions }).text);
    expect(imported.errors).toEqual([]);
    expect(imported.questions.map((question) => question.id)).toEqual(
      questions.map((question) => question.id)
    );
    expect(imported.questions).toEqual(questions);
  });

  it('writes a matching distractor as a line with nothing left of the arrow, and reads it back', () => {
    const question = matchingWithDistractors();
    const { text } = exportGift({ ...kermanBank(), questions: [question] });
    expect(text).toContain('\t= -> Kerman governor\n');
    expect(text).toContain('\t= -> U.N. envoy\n');
    // Another tool's file, with no comment of ours, keeps the distractors too.
    const plain = text.replace(/^\/\/ newsquiz .*$/m, '// from elsewhere');
    const [read] = importGift(plain, { evidence: question.evidence, topic: question.topic }).questions;
    expect(read?.type === 'matching' && read.options.map((option) => option.text).sort()).toEqual(
      question.options.map((option) => option.text).sort()
    );
    expect(read && gradingContent(read)).toEqual(gradingContent(question));
  });

  it('writes the answer syntax Moodle reads', () => {
    const text = exportGift({ ...kermanBank(), questions: sampleQuestions() }).text;
    expect(text).toContain('\t~Iraq\n\t=Afghanistan');
    expect(text).toContain('{TRUE\n');
    expect(text).toContain('{#84:0\n');
    expect(text).toContain('{#153..187\n');
    expect(text).toContain('\t~%50%Taliban');
    expect(text).toContain('\t~%-50%Houthis');
    expect(text).toContain('\t=Alex Vatanka -> think-tank director');
    expect(text).toContain('Fill in the blank.\\nIslamic State’s affiliate in {');
  });

  it('escapes GIFT’s special characters in text and answers', () => {
    const [question] = sampleQuestions();
    const tricky = { ...question!, stem: 'Ratio 3:1 {sic} ~ = # \\ ?' } as Question;
    const { text } = exportGift({ ...kermanBank(), questions: [tricky] });
    expect(text).toContain('Ratio 3\\:1 \\{sic\\} \\~ \\= \\# \\\\ ?{');
    expect(importGift(text).questions[0]?.stem).toBe(tricky.stem);
  });

  it('imports a teacher’s own file and holds it to the gates, with line numbers', () => {
    const file = [
      '// my quiz',
      '::Q1:: Where is ISIS-K based? {=Afghanistan ~Iraq ~Syria}',
      '',
      'Which city was hit? {',
      '  =Kerman',
      '  ~Tehran',
      '  ~Kerman',
      '}'
    ].join('\n');
    const { questions, lines, errors } = importGift(file, { topic: 'the-attack' });
    // No evidence is no refusal: the question comes in flagged as not grounded.
    expect(questions).toMatchObject([{ stem: 'Where is ISIS-K based?', evidence: [], grounded: false }]);
    expect(lines).toEqual([2]);
    expect(errors).toMatchObject([{ code: 'rejected', line: 4, problems: [{ code: 'duplicate-option' }] }]);
  });

  it('cites the evidence given for a file that has none, but keeps a question’s own', () => {
    const given = [{ paragraph: 'p19', quote: 'killed 84 Iranians' }];
    const own = [{ paragraph: 'p10', quote: 'the southeastern town of Kerman' }];
    const file = [
      'The U.S. warned Iran before the attack. {T}',
      '',
      `// newsquiz ${JSON.stringify({ evidence: own })}`,
      'Iran was warned by Russia. {F}'
    ].join('\n');
    const { questions, errors } = importGift(file, { evidence: given });
    expect(errors).toEqual([]);
    expect(questions.map((question) => question.evidence)).toEqual([given, own]);
  });

  it('reads each kind of GIFT answer into the matching question type', () => {
    const file = [
      'A? {T}',
      '',
      'B? {#12:2}',
      '',
      'C? {=ISIS-K =Islamic State Khorasan}',
      '',
      'D? {~%50%one ~%50%two ~%-100%three}',
      '',
      'E? {=x -> 1 =y -> 2 =z -> 3}',
      '',
      'The affiliate is based in {=Afghanistan} today.'
    ].join('\n');
    const { questions: imported, errors } = importGift(file);
    expect(errors).toEqual([]);
    expect(imported.map((question) => question.type)).toEqual([
      'true-false',
      'numeric',
      'short-answer',
      'multiple-response',
      'matching',
      'cloze'
    ]);
    expect(imported[1]).toMatchObject({ key: { kind: 'tolerance', value: 12, tolerance: 2 } });
    expect(imported[3]).toMatchObject({ key: ['a', 'b'] });
    expect(imported[5]).toMatchObject({
      stem: 'Fill in the blank.',
      passage: 'The affiliate is based in {{blank}} today.'
    });
    expect(imported.every((question) => question.grounded === false)).toBe(true);
  });

  it('reports syntax errors with the line they are on', () => {
    const file = [
      'Good? {T}',
      '',
      'No answers here',
      '',
      'Open {',
      '=a',
      '',
      'Count? {#lots}',
      '',
      'Essay? {}',
      '',
      'None right? {~a ~b ~c}'
    ].join('\n');
    expect(importGift(file).lines).toEqual([1]);
    expect(importGift(file).errors.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'syntax', line: 3 },
      { code: 'syntax', line: 5 },
      { code: 'syntax', line: 8 },
      { code: 'unsupported', line: 10 },
      { code: 'syntax', line: 12 }
    ]);
  });
});

describe('GIFT import caps, the question form’s own', () => {
  const evidence = [{ paragraph: 'p19', quote: 'killed 84 Iranians' }];
  const withMeta = (meta: object, question: string) =>
    `${giftMetaPrefix}${JSON.stringify({ evidence, ...meta })}\n${question}`;
  /** Text of exactly `length` characters, in words the gates have nothing against. */
  const words = (length: number, word = 'ab') =>
    `${`${word} `.repeat(length)}`.slice(0, length).trim().padEnd(length, 'x');
  const refusal = (text: string) =>
    importGift(text).errors.map((error) =>
      error.code === 'too-long'
        ? { line: error.line, field: error.field, size: error.size, limit: error.limit }
        : error.code
    );

  it('refuses the 200 KB stem of the attack at once, naming the question, the field and the cap', () => {
    const { questions, errors } = importGift(`Q${' '.repeat(204780)}x {T}`);
    expect(questions).toEqual([]);
    expect(errors).toEqual([
      {
        code: 'too-long',
        line: 1,
        field: 'stem',
        size: 204782,
        limit: maxStemLength,
        message: `the stem has 204782 characters; the most is ${maxStemLength}`
      }
    ]);
  });

  it('takes every field at its cap and refuses it one character past', () => {
    const atCap = (extra: number) => [
      withMeta({}, `${words(maxStemLength + extra)} {T####${words(maxExplanationLength + extra)}}`),
      withMeta(
        {},
        `Which? {=${words(maxChoiceLength + extra, 'cd')} ~${words(maxChoiceLength, 'ef')} ~${words(maxChoiceLength, 'gh')}}`
      ),
      withMeta({}, `Pairs? {=${words(maxChoiceLength + extra, 'ij')} -> kl =mn -> op =qr -> st}`),
      withMeta({}, `Name? {=${words(maxAcceptedLength + extra, 'uv')}}`),
      withMeta({}, `How far? {#${'1'.repeat(maxNumberLength + extra)}}`),
      withMeta({ unit: words(maxNumberLength + extra, 'km') }, 'How far? {#12}'),
      withMeta({ topic: `t${'-t'.repeat(maxTopicLength)}`.slice(0, maxTopicLength + extra) }, 'Is it? {F}'),
      `${giftMetaPrefix}${JSON.stringify({ evidence: [{ paragraph: 'p19', quote: 'q'.repeat(maxQuoteLength + extra) }] })}\nOr? {T}`,
      // The passage is the words, the space before the blank, the blank ({{blank}}) and ' end'.
      withMeta({}, `Fill in the blank.\\n${words(maxPassageLength - 14 + extra, 'wx')} {=yz} end`)
    ];
    const fields = (extra: number) =>
      atCap(extra).flatMap((question) =>
        importGift(question).errors.flatMap((error) => (error.code === 'too-long' ? [error.field] : []))
      );
    expect(fields(0)).toEqual([]);
    expect(fields(1)).toEqual([
      'stem',
      'explanation',
      'options[0].text',
      'prompts[0].text',
      'key',
      'key',
      'unit',
      'topic',
      'evidence[0].quote',
      'passage'
    ]);
  });

  it('refuses more answers than the form has rows, and more quotes', () => {
    const answers = (count: number) => Array.from({ length: count }, (_, index) => `~x${index}`).join(' ');
    expect(refusal(withMeta({}, `Which? {=right ${answers(maxRows)}}`))).toEqual([
      { line: 2, field: 'options', size: maxRows + 1, limit: maxRows }
    ]);
    const pairs = Array.from({ length: maxRows + 1 }, (_, index) => `=p${index} -> m${index}`).join(' ');
    expect(refusal(withMeta({}, `Match? {${pairs}}`))).toEqual([
      { line: 2, field: 'options', size: maxRows + 1, limit: maxRows }
    ]);
    const quotes = Array.from({ length: maxRows + 1 }, () => evidence[0]);
    expect(refusal(`${giftMetaPrefix}${JSON.stringify({ evidence: quotes })}\nOr? {T}`)).toEqual([
      { line: 2, field: 'evidence', size: maxRows + 1, limit: maxRows }
    ]);
  });

  it('refuses a text past the whole cap, or with too many questions, before reading a question', () => {
    const oneQuestion = 'Broken {\n\n';
    const long = oneQuestion.repeat(Math.ceil((maxGiftLength + 1) / oneQuestion.length));
    expect(refusal(long)).toEqual([{ line: 1, field: 'text', size: long.length, limit: maxGiftLength }]);
    const many = oneQuestion.repeat(maxGiftQuestions + 1);
    expect(refusal(many)).toEqual([
      { line: 1, field: 'text', size: maxGiftQuestions + 1, limit: maxGiftQuestions }
    ]);
    expect(refusal(oneQuestion.repeat(maxGiftQuestions))).toHaveLength(maxGiftQuestions);
  });
});

function withoutIdAndDifficulty(question: Question): QuestionDraft {
  const { id: _id, difficulty: _difficulty, ...draft } = question;
  return draft as QuestionDraft;
}

describe('GIFT from Moodle and other tools', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
  const byStem = (questions: Question[], stem: string) =>
    questions.find((question) => question.stem === stem);

  it('takes every question it can grade, not grounded, and reports the rest by line', () => {
    const { questions, lines, errors, notes, needsTopic } = importGift(fixture('other-tools.gift.txt'));
    expect(errors.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      { code: 'unsupported', line: 4, message: 'essay questions ({}) cannot be graded here' },
      { code: 'syntax', line: 62, message: 'no answers: a question needs { } after its text' }
    ]);
    expect(lines).toEqual([7, 16, 24, 33, 36, 39, 45, 52, 57, 65, 67]);
    expect(questions.map((question) => question.type)).toEqual([
      'matching',
      'single-choice',
      'multiple-response',
      'numeric',
      'numeric',
      'numeric',
      'short-answer',
      'short-answer',
      'true-false',
      'true-false',
      'true-false'
    ]);
    expect(questions.every((question) => question.grounded === false && question.evidence.length === 0)).toBe(
      true
    );
    expect(needsTopic).toBe(true);
    expect(notes).toEqual([
      {
        line: 39,
        message: '“100:30” earns 50% in the file and is left out: an answer here is right or wrong'
      },
      { line: 45, message: '“ISIS” earns 50% in the file and is left out: an answer here is right or wrong' }
    ]);
  });

  it('reads weights, ranges, tolerances, matching distractors and format markers as Moodle does', () => {
    const { questions } = importGift(fixture('other-tools.gift.txt'));
    expect(questions[0]).toMatchObject({
      stem: 'Match each person to what the article says they are.',
      prompts: [
        { id: '1', text: 'Hossein Salami' },
        { id: '2', text: 'Douglas London' },
        { id: '3', text: 'Alex Vatanka' },
        { id: '4', text: 'Ali Khamenei' }
      ],
      options: [
        { id: 'a', text: 'Revolutionary Guard commander' },
        { id: 'b', text: 'former CIA officer' },
        { id: 'c', text: 'think-tank director' },
        { id: 'd', text: 'supreme leader' },
        { id: 'e', text: 'president of Iraq' }
      ]
    });
    expect(byStem(questions, 'Where did the bombings happen?')).toMatchObject({
      options: [{ text: 'Kerman' }, { text: 'Tehran' }, { text: 'Isfahan' }],
      key: 'a'
    });
    expect(byStem(questions, 'Which of these does the article say were warned?')).toMatchObject({
      key: ['a', 'c']
    });
    expect(questions.slice(3, 6).map((question) => question.type === 'numeric' && question.key)).toEqual([
      { kind: 'tolerance', value: 1, tolerance: 0 },
      { kind: 'range', min: 2020, max: 2025 },
      { kind: 'tolerance', value: 84, tolerance: 5 }
    ]);
    expect(byStem(questions, 'Which group claimed the attack?')).toMatchObject({ key: ['Islamic State'] });
    expect(byStem(questions, 'The branch of Islamic State based in Afghanistan is called ...')).toMatchObject(
      { key: ['ISIS-K'] }
    );
    expect(byStem(questions, 'The U.S. warned Iran before the attack.')).toMatchObject({
      key: true,
      explanation: 'The warning was given privately.'
    });
    expect(questions.slice(-2).map((question) => question.type === 'true-false' && question.key)).toEqual([
      true,
      false
    ]);
    // Whatever the marker said, what is stored is plain text: no tag, no Markdown, no marker.
    expect(JSON.stringify(questions)).not.toMatch(/<|>|\*\*|\[(html|moodle|plain|markdown)\]/);
  });

  it('skips category lines and makes HTML and Markdown plain', () => {
    const { questions, lines, errors } = importGift(fixture('categories.gift.txt'));
    expect(errors).toEqual([]);
    expect(lines).toEqual([5, 15, 18]);
    expect(questions.map(({ type, stem }) => ({ type, stem }))).toEqual([
      { type: 'single-choice', stem: 'Which city was hit: on Jan. 3, 2024?' },
      { type: 'true-false', stem: 'Islamic State claimed the attack.' },
      { type: 'short-answer', stem: 'Qassem Soleimani led the Quds Force & was killed in ...' }
    ]);
    expect(questions[2]).toMatchObject({ key: ['2020'] });
  });

  it('says a file of its own needs no topic, and flags a question with no evidence, round trip and all', () => {
    const questions = sampleQuestions().filter((question) => question.type !== 'ordering');
    const unground = finishQuestion({
      ...withoutIdAndDifficulty(questions[0]!),
      evidence: [],
      grounded: false
    });
    const { text } = exportGift({ ...kermanBank(), questions: [...questions, unground] });
    const imported = importGift(text);
    expect(imported.needsTopic).toBe(false);
    expect(imported.errors).toEqual([]);
    expect(imported.questions.at(-1)).toEqual(unground);
  });

  it('reports a comment of ours that it cannot read against its own question only', () => {
    const file = ['// newsquiz {"evidence": 3}', 'Is Kerman in Iran? {T}', '', 'Is Tehran in Iran? {T}'].join(
      '\n'
    );
    const { questions, errors } = importGift(file);
    expect(errors).toEqual([{ code: 'syntax', line: 1, message: 'the newsquiz comment is not valid' }]);
    expect(questions.map((question) => question.stem)).toEqual(['Is Tehran in Iran?']);
  });

  it('refuses a short answer or number with no answer at full marks, naming the line', () => {
    const file = ['Who? {=%50%ISIS =%0%*}', '', 'How many? {#=%50%84:5}'].join('\n');
    expect(importGift(file).errors).toEqual([
      { code: 'syntax', line: 1, message: 'no answer earns full marks' },
      { code: 'syntax', line: 3, message: 'no number earns full marks' }
    ]);
  });
});
