import { describe, expect, it } from 'vitest';
import { generateBank } from './generate-bank.ts';
import {
  explainOneParagraph,
  feedbackTexts,
  giveAwayPairs,
  givesAway,
  overlapEvidence,
  shareEvidence,
  showsEvidenceOf
} from './give-aways.ts';
import type { Question } from './question.ts';
import { statedNumbers } from './stated-numbers.ts';
import { kermanBank, kermanDraw, kermanFacts, sampleOf, sampleQuestions } from './test-support.ts';
import { correctAnswerText } from './answer-text.ts';

/** A hand-made short answer with the given texts, whose evidence quotes a sentence no bank item quotes. */
const shownElsewhere = (texts: { stem?: string; explanation?: string }): Question => ({
  ...sampleQuestions().find((question) => question.type === 'short-answer')!,
  ...texts,
  evidence: [{ paragraph: 'p99', quote: 'Another sentence entirely.' }]
});

/** The default bank's single choice keyed to this answer. */
const choiceKeyedTo = (answer: string): Question =>
  kermanBank().questions.find(
    (question) => question.type === 'single-choice' && correctAnswerText(question)[0] === answer
  )!;

describe('give-aways', () => {
  it('finds a count another question asks in a quote, in words: the missiles fired', () => {
    const { questions } = kermanBank();
    const missiles = questions.find((question) => question.factIds.includes('missiles-fired-four'))!;
    const quoting = questions.filter((question) =>
      question.evidence.some((item) => item.quote.includes('fired four Kheibar Shekan'))
    );
    expect(quoting.length).toBeGreaterThan(1);
    expect(quoting.filter((question) => question !== missiles).some((q) => givesAway(q, missiles))).toBe(
      true
    );
  });

  it('reads a one-word name as stated by another form of it: "Afghan" for Afghanistan, "Iranian" for Iran', () => {
    const { questions } = kermanBank();
    const where = questions.find(
      (question) => question.type === 'cloze' && question.key.includes('Afghanistan')
    )!;
    const civilians = questions.find((question) => question.stem.includes('Afghan civilians'))!;
    expect(civilians.stem).not.toContain('Afghanistan');
    expect(givesAway(civilians, where)).toBe(true);
    const iran: Question = { ...sampleOf('short-answer'), key: ['Iran'] };
    const saying = (explanation: string): Question => ({
      ...sampleOf('true-false'),
      stem: 'True or false: the group fought.',
      explanation,
      evidence: []
    });
    expect(givesAway(saying('Iranian officials did not respond.'), iran)).toBe(true);
    expect(givesAway(saying('The Taliban fought ISIS-K.'), iran)).toBe(false);
  });

  it('finds a give-away in a quote of the evidence where no word states the answer: "a pair" of bombings', () => {
    const { questions } = kermanBank();
    const bombings = questions.find((question) => question.factIds.includes('bombings-pair'))!;
    // A question about the toll, quoting the lead's sentence, which counts the bombings only as "a pair".
    const giver: Question = {
      ...sampleOf('true-false'),
      evidence: [
        {
          paragraph: 'p7',
          quote:
            'the terrorist attack early this month that killed more than 80 Iranians in a pair of coordinated suicide bombings'
        }
      ]
    };
    expect(feedbackTexts(giver).every((text) => !statedNumbers(text).includes(2))).toBe(true);
    expect(givesAway(giver, bombings)).toBe(true);
  });

  it('reads the options marked right as stated, and a wrong option as stating nothing', () => {
    const asked = sampleQuestions().find((question) => question.type === 'short-answer')!;
    const choice = sampleQuestions().find((question) => question.type === 'single-choice')!;
    const giver = {
      ...choice,
      stem: 'Which account did Islamic State give?',
      options: [
        { id: 'a', text: 'ISIS-K carried out the Kerman bombings.' },
        { id: 'b', text: 'The Taliban carried them out.' }
      ],
      explanation: 'The group said so itself.',
      evidence: [{ paragraph: 'p99', quote: 'Another sentence entirely.' }]
    };
    expect(givesAway({ ...giver, key: 'a' }, asked)).toBe(true);
    expect(givesAway({ ...giver, key: 'b' }, asked)).toBe(false);
  });

  it('finds any accepted answer of a blank: "the Houthis" answers a blank keyed "Yemen’s Houthis"', () => {
    const cloze = sampleQuestions().find((question) => question.type === 'cloze')!;
    const asked = { ...cloze, passage: 'Iran has armed {{blank}}.', key: ['Yemen’s Houthis', 'Houthis'] };
    const giver = shownElsewhere({
      explanation: 'Iran’s proxies are the Houthis and militias in Syria and Iraq.'
    });
    expect(givesAway(giver, asked)).toBe(true);
    expect(givesAway({ ...giver, explanation: 'Iran’s proxies are militias.' }, asked)).toBe(false);
  });

  it('finds a person named by surname alone: "Salami said" answers "who said it?" keyed Hossein Salami', () => {
    const asked = choiceKeyedTo('Hossein Salami');
    const giver = shownElsewhere({
      stem: 'Salami said Islamic State “has disappeared nowadays.” Which facts weigh against that?'
    });
    expect(givesAway(giver, asked)).toBe(true);
    expect(givesAway({ ...giver, stem: 'A commander said Islamic State had disappeared.' }, asked)).toBe(
      false
    );
  });

  it('reads every paragraph an evidence selection offers, right or wrong, with every quote in it', () => {
    // The paragraph names no one, so no text match finds the answer: only the quote it holds does.
    const asked = {
      ...choiceKeyedTo('Hossein Salami'),
      evidence: [{ paragraph: 'p14', quote: 'the most senior' }]
    };
    const paragraphs = sampleOf('evidence-selection');
    const offering = (text: string) => ({
      ...paragraphs,
      options: [...paragraphs.options.filter((option) => option.id !== 'p9'), { id: 'p9', text }]
    });
    // p9 is a wrong option: a student reads it all the same.
    expect(paragraphs.key).not.toContain('p9');
    expect(givesAway(offering('He was the most senior commander.'), asked)).toBe(true);
    expect(givesAway(offering('A commander spoke.'), asked)).toBe(false);
  });

  it('keeps apart two questions beyond recall explained from one paragraph: the duty to warn and its exceptions', () => {
    const { questions } = kermanBank();
    const of = (idea: string) => questions.find((question) => question.factIds.includes(idea))!;
    // The main point's explanation names the exceptions; the exception's names who must be warned.
    const mainPoint = of('idea-central-duty-to-warn');
    const exception = of('idea-apply-endangers-personnel');
    expect(explainOneParagraph(mainPoint, exception)).toBe(true);
    expect(givesAway(mainPoint, exception) && givesAway(exception, mainPoint)).toBe(true);
    // A recall question of the same paragraph has no explanation of that kind.
    const recall = { ...exception, skill: 'recall' as const };
    expect(explainOneParagraph(mainPoint, recall)).toBe(false);
  });

  it('reads two quotes of one paragraph that overlap, neither holding the other, as one passage read twice', () => {
    const quoting = (quote: string): Question => ({
      ...sampleOf('short-answer'),
      evidence: [{ paragraph: 'p36', quote }]
    });
    const why = quoting(
      'After ISIS-K took responsibility, Iran fired four missiles at targets Tehran claimed were linked'
    );
    const when = quoting(
      'Iran fired four missiles at targets Tehran claimed were linked to Islamic State in Idlib'
    );
    const where = quoting('Fired from Khuzestan Province, it was the longest missile strike');
    expect(shareEvidence(why, when)).toBe(false);
    expect(overlapEvidence(why, when)).toBe(true);
    expect(givesAway(why, when)).toBe(true);
    expect(overlapEvidence(why, where)).toBe(false);
  });

  it('finds a day named without its year: "the Jan. 15 strike" answers "when did it take place?"', () => {
    const asked = choiceKeyedTo('Jan. 15, 2024');
    const giver = shownElsewhere({ stem: 'Who said the Jan. 15 strike was Iran’s longest?' });
    expect(givesAway(giver, asked)).toBe(true);
    expect(givesAway({ ...giver, stem: 'Who said the Jan. 16 strike was Iran’s longest?' }, asked)).toBe(
      false
    );
  });

  it('gives a true/false away only by quoting its evidence, as no text states its answer', () => {
    // The true/false items of their own bank, where no two of one sentence are both kept, asked of the
    // whole bank's questions.
    const asked = generateBank(kermanFacts(), { types: ['true-false'] }).questions;
    const givers = kermanBank().questions;
    const pairs = asked.flatMap((question) =>
      givers.filter((giver) => givesAway(giver, question)).map((giver) => [giver, question] as const)
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(
      pairs.filter(
        ([giver, asked]) =>
          !shareEvidence(giver, asked) && !overlapEvidence(giver, asked) && !showsEvidenceOf(giver, asked)
      )
    ).toEqual([]);
  });

  // A hundred draws: seconds on an idle machine, far more beside the browser tests.
  it(
    'never draws a question whose feedback or evidence answers another, seeds 1 to 100',
    { timeout: 180_000 },
    () => {
      for (let seed = 1; seed <= 100; seed += 1) {
        const questions = kermanDraw(seed);
        const pairs = giveAwayPairs(questions).map(([a, b]) => `${a.stem} / ${b.stem}`);
        expect(pairs, `seed ${seed}`).toEqual([]);
      }
    }
  );
});
