import { loadFactBase, type FactBase } from '@newsquiz/facts';
import { finishQuestion } from './finish-question.ts';
import { generateBank, practiceDrawer } from './generate-bank.ts';
import type { MatchingQuestion, Question, QuestionDraft } from './question.ts';
import type { QuestionBank } from './question-bank.ts';

let kerman: FactBase | undefined;
const banks = new Map<number, QuestionBank>();

/** The Kerman fact base, loaded once per test file. */
export function kermanFacts(): FactBase {
  kerman ??= loadFactBase('kerman-2024');
  return kerman;
}

let kermanDraws: ((seed: number) => Question[]) | undefined;

/** A practice draw of ten for a seed, as the app draws one, from the default bank weighed once per file. */
export function kermanDraw(seed: number): Question[] {
  kermanDraws ??= practiceDrawer(kermanFacts(), 10);
  return kermanDraws(seed);
}

/** The default bank for a seed, generated once per test file. */
export function kermanBank(seed = 1): QuestionBank {
  if (!banks.has(seed)) banks.set(seed, generateBank(kermanFacts(), { seed }));
  return banks.get(seed)!;
}

const evidence = [{ paragraph: 'p8', quote: "Islamic State's affiliate in Afghanistan" }];
const common = {
  explanation: 'ISIS-K is based in Afghanistan.',
  evidence,
  factIds: ['rel-isis-k-based-in-afghanistan'],
  topic: 'isis-k-background',
  skill: 'recall' as const
};

/** One hand-made question of each type, as a teacher might write them; all pass the gates. */
export function sampleQuestions(): Question[] {
  const drafts: QuestionDraft[] = [
    {
      ...common,
      type: 'single-choice',
      stem: 'Where is ISIS-K based?',
      options: [
        { id: 'a', text: 'Iraq' },
        { id: 'b', text: 'Afghanistan' },
        { id: 'c', text: 'Syria' },
        { id: 'd', text: 'Yemen' }
      ],
      key: 'b'
    },
    {
      ...common,
      type: 'multiple-response',
      stem: 'Which of these weakened ISIS-K? Select all that apply.',
      options: [
        { id: 'a', text: 'Taliban' },
        { id: 'b', text: 'Houthis' },
        { id: 'c', text: 'U.S. military' },
        { id: 'd', text: 'Quds force' }
      ],
      key: ['a', 'c']
    },
    { ...common, type: 'true-false', stem: 'True or false: ISIS-K is based in Afghanistan.', key: true },
    {
      ...common,
      type: 'numeric',
      stem: 'How many Iranians were killed in Kerman?',
      key: { kind: 'tolerance', value: 84, tolerance: 0 },
      unit: 'people'
    },
    {
      ...common,
      type: 'numeric',
      stem: 'About how many Afghan civilians were killed near the Kabul airport?',
      key: { kind: 'range', min: 153, max: 187 }
    },
    {
      ...common,
      type: 'short-answer',
      stem: 'Which group carried out the Kerman bombings?',
      key: ['ISIS-K', 'Islamic State Khorasan']
    },
    {
      ...common,
      type: 'cloze',
      stem: 'Fill in the blank.',
      passage: 'Islamic State’s affiliate in {{blank}}',
      key: ['Afghanistan']
    },
    {
      ...common,
      type: 'matching',
      stem: 'Match each person to their role.',
      prompts: [
        { id: '1', text: 'Alex Vatanka' },
        { id: '2', text: 'Douglas London' },
        { id: '3', text: 'Hossein Salami' }
      ],
      options: [
        { id: 'a', text: 'former CIA officer' },
        { id: 'b', text: 'Revolutionary Guard commander' },
        { id: 'c', text: 'think-tank director' }
      ],
      key: [
        { prompt: '1', option: 'c' },
        { prompt: '2', option: 'a' },
        { prompt: '3', option: 'b' }
      ]
    },
    {
      ...common,
      type: 'ordering',
      stem: 'Put these in order, earliest first.',
      options: [
        { id: 'a', text: 'Kerman bombings' },
        { id: 'b', text: 'Iranian Revolution' },
        { id: 'c', text: 'Kabul airport bombing' }
      ],
      key: ['b', 'c', 'a']
    },
    {
      ...common,
      type: 'evidence-selection',
      stem: 'Which paragraph of the article says that ISIS-K is Islamic State’s affiliate in Afghanistan?',
      options: [
        {
          id: 'p7',
          text: 'The U.S. secretly warned Iran that Islamic State was preparing to carry out the attack.'
        },
        {
          id: 'p8',
          text: "The alert came after the U.S. learned that Islamic State's affiliate in Afghanistan was plotting."
        },
        { id: 'p9', text: 'American officials said the information passed to Iran was specific enough.' }
      ],
      key: ['p8']
    }
  ];
  return drafts.map(finishQuestion);
}

/** The sample question of a type. */
export function sampleOf<T extends Question['type']>(type: T): Extract<Question, { type: T }> {
  return sampleQuestions().find((question) => question.type === type) as Extract<Question, { type: T }>;
}

/** A matching question whose options are shown out of the prompts' order, with two that match nothing. */
export function matchingWithDistractors(): MatchingQuestion {
  const question = sampleOf('matching');
  const { id: _id, difficulty: _difficulty, ...draft } = question;
  return finishQuestion({
    ...draft,
    options: [
      { id: 'a', text: 'Kerman governor' },
      ...question.options.map((option, index) => ({ ...option, id: 'bcd'[index]! })),
      { id: 'e', text: 'U.N. envoy' }
    ],
    key: question.key.map((pair) => ({ ...pair, option: 'bcd'['abc'.indexOf(pair.option)]! }))
  }) as MatchingQuestion;
}

/**
 * What any format must keep for a question to be graded the same: texts rather than ids, the
 * numbers a numeric key accepts, and matching and multiple-response keys in a fixed order.
 */
export function gradingContent(question: Question): Record<string, unknown> {
  const textOf = (id: string) =>
    'options' in question ? question.options.find((o) => o.id === id)?.text : id;
  const base = { type: question.type, stem: question.stem };
  switch (question.type) {
    case 'single-choice':
      return { ...base, options: question.options.map((o) => o.text), key: textOf(question.key) };
    case 'multiple-response':
      return { ...base, options: question.options.map((o) => o.text), key: question.key.map(textOf).sort() };
    case 'true-false':
      return { ...base, key: question.key };
    case 'numeric':
      return {
        ...base,
        key:
          question.key.kind === 'range'
            ? { min: question.key.min, max: question.key.max }
            : {
                min: question.key.value - question.key.tolerance,
                max: question.key.value + question.key.tolerance
              }
      };
    case 'short-answer':
      return { ...base, key: question.key };
    case 'cloze':
      return { ...base, passage: question.passage, key: question.key };
    case 'matching': {
      const prompts = new Map(question.prompts.map((p) => [p.id, p.text]));
      return {
        ...base,
        key: question.key.map((pair) => [prompts.get(pair.prompt), textOf(pair.option)]).sort()
      };
    }
    case 'ordering':
      return { ...base, key: question.key.map(textOf) };
    case 'evidence-selection':
      return { ...base, options: question.options.map((o) => o.text), key: question.key.map(textOf).sort() };
  }
}
