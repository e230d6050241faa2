import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giftMetaPrefix } from './exporters/export-gift.ts';
import { escapeGift, unescapeGift } from './exporters/gift-escape.ts';
import { importGift, joinLines } from './exporters/import-gift.ts';
import { lintQuestion } from './gates/lint-question.ts';
import {
  emphasiseNegation,
  isAllOrNoneOfTheAbove,
  lengthsSimilar,
  optionKind,
  unemphasisedNegation
} from './gates/option-rules.ts';
import { containsAnswer, normaliseAnswer } from './normalise-answer.ts';
import { sampleQuestions } from './test-support.ts';
import {
  maxChoiceLength,
  maxExplanationLength,
  maxGiftLength,
  maxPassageLength,
  maxStemLength
} from './text-limits.ts';

// What an attacker repeats so that a backtracking regex tries every start of a long run: the characters
// the import and the gates look for, word characters, and the negations and quotes the gates match.
const units = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  'a',
  'Q',
  '1',
  '.',
  '1.',
  '"',
  '“',
  '”',
  "n't",
  'don’t ',
  'not ',
  'NOT ',
  '{',
  '}',
  '=',
  '~',
  '#',
  '::',
  '\\',
  '->',
  '%',
  '-',
  ' \n',
  '\\n',
  // The format markers and what they make plain: tags, references, Markdown links.
  '<',
  '<b',
  '>',
  '&',
  '&#1',
  '[html]',
  '[markdown]',
  '[',
  ']('
];
const unit = fc.constantFrom(...units);
const shortRun = fc.tuple(unit, fc.integer({ min: 1, max: 3 })).map(([text, count]) => text.repeat(count));

/** One or two units repeated to 50–210 KB, with a few short runs either side. */
const adversarial = fc
  .tuple(
    fc.array(shortRun, { maxLength: 3 }),
    fc.array(unit, { minLength: 1, maxLength: 2 }).map((parts) => parts.join('')),
    fc.integer({ min: 50_000, max: 210_000 }),
    fc.array(shortRun, { maxLength: 3 })
  )
  .map(([before, repeated, length, after]) =>
    [...before, repeated.repeat(Math.ceil(length / repeated.length)), ...after].join('')
  );

/** Short strings of the characters a routine cares about, for comparing it with its former regex. */
const shortOf = (chars: string[]) =>
  fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((parts) => parts.join(''));

// Each property runs its routines on a few large inputs: enough to meet every unit, few enough to stay quick.
const large = { numRuns: 25 };

describe('the import’s text routines on large adversarial text', () => {
  it('joins lines as the former regex did, and does so on any run of spaces, tabs and breaks', () => {
    // The former regex, quadratic in a run of spaces, is still the definition on short strings.
    const former = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    fc.assert(
      fc.property(shortOf([' ', '\t', '\r', '\n', 'a']), (text) => {
        expect(joinLines(text)).toBe(former(text));
      }),
      { numRuns: 2000 }
    );
    fc.assert(
      fc.property(adversarial, (text) => {
        const joined = joinLines(text);
        expect(joined).not.toContain('\n');
        expect(joined.split(' ').join('').length).toBeLessThanOrEqual(text.length);
      }),
      large
    );
  });

  it('unescapes what it escapes', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        expect(unescapeGift(escapeGift(text))).toBe(text.replaceAll('\r\n', '\n'));
      }),
      large
    );
  });

  it('reads any text into questions within the caps or errors on its lines', () => {
    const gift = fc
      .tuple(
        fc.constantFrom(
          '',
          'Q ',
          '::',
          ':: t ::',
          `${giftMetaPrefix}`,
          'Fill in the blank.\\n',
          '[html]',
          '[markdown]'
        ),
        adversarial,
        fc.constantFrom('', ' {T}', ' {=a ~b ~c}', ' {#1..2}', ' {=a -> b =c -> d =e -> f}', ' x {=y} z')
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(gift, (text) => {
        const { questions, errors } = importGift(text, {
          evidence: [{ paragraph: 'p19', quote: 'killed 84 Iranians' }]
        });
        if (text.length > maxGiftLength) {
          expect(errors).toMatchObject([{ code: 'too-long', field: 'text', limit: maxGiftLength }]);
          return;
        }
        const lines = text.split('\n').length;
        for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1);
        for (const error of errors) expect(error.line).toBeLessThanOrEqual(lines);
        for (const question of questions) {
          expect(question.stem.length).toBeLessThanOrEqual(maxStemLength);
          expect(question.explanation.length).toBeLessThanOrEqual(maxExplanationLength);
          if (question.type === 'cloze')
            expect(question.passage.length).toBeLessThanOrEqual(maxPassageLength);
          for (const option of 'options' in question ? question.options : [])
            expect(option.text.length).toBeLessThanOrEqual(maxChoiceLength);
        }
      }),
      large
    );
  });
});

describe('the gates on large adversarial text', () => {
  it('find negations outside quotes as the former regexes did', () => {
    const formerNegation = /\b(?:not|never|no|none|except|cannot)\b|\w+n['’]t\b/gi;
    const formerUnemphasised = (text: string) =>
      [...text.replace(/“[^”]*”|"[^"]*"/g, ' ').matchAll(formerNegation)]
        .map((match) => match[0])
        .find((word) => word !== word.toUpperCase());
    const formerEmphasise = (text: string) =>
      text.replace(/“[^”]*”|"[^"]*"|[^“"]+/g, (part) =>
        part.startsWith('“') || part.startsWith('"')
          ? part
          : part.replace(formerNegation, (word) => word.toUpperCase())
      );
    fc.assert(
      fc.property(shortOf(['“', '”', '"', 'n', "'", '’', 't', 'o', 'd', 'N', 'T', ' ', 'x']), (text) => {
        expect(unemphasisedNegation(text)).toBe(formerUnemphasised(text));
        expect(emphasiseNegation(text)).toBe(formerEmphasise(text));
      }),
      { numRuns: 2000 }
    );
  });

  it('emphasise every negation they find, and find one added at the end', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const emphasised = emphasiseNegation(text);
        expect(emphasised.toLowerCase()).toBe(text.toLowerCase());
        expect(unemphasisedNegation(emphasised)).toBeUndefined();
        expect(unemphasisedNegation(`${text} not`)).toBeDefined();
      }),
      large
    );
  });

  it('compare, measure and sort options of any length', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        expect(['date', 'number', 'text']).toContain(optionKind(text));
        expect(lengthsSimilar([text, text])).toBe(true);
        expect(isAllOrNoneOfTheAbove(`${text} none of the above`)).toBe(true);
        const normal = normaliseAnswer(text);
        expect(normaliseAnswer(normal)).toBe(normal);
        expect(containsAnswer(text, text)).toBe(normal !== '');
      }),
      large
    );
  });

  it('hold a question of any length to every gate and say what is wrong', () => {
    fc.assert(
      fc.property(adversarial, fc.constantFrom(...sampleQuestions()), (text, sample) => {
        const question = {
          ...sample,
          stem: text,
          explanation: text,
          ...('options' in sample
            ? { options: sample.options.map((option, index) => ({ ...option, text: `${text}${index}` })) }
            : {}),
          ...('passage' in sample ? { passage: `${text}{{blank}}${text}` } : {})
        };
        const lint = lintQuestion(question);
        const problems = lint.ok ? [] : lint.problems;
        for (const problem of problems) expect(problem.message).not.toBe('');
        expect(problems.some((problem) => problem.code === 'negation-without-emphasis')).toBe(
          unemphasisedNegation(text) !== undefined
        );
      }),
      large
    );
  });
});
