import { describe, expect, it } from 'vitest';
import type { Idea } from '@newsquiz/facts';
import { quote } from './generator-context.ts';
import { indexFacts } from '../fact-index.ts';
import { containsAnswer, normaliseAnswer } from '../normalise-answer.ts';
import { skillOfIdea } from './idea-questions.ts';
import { kermanBank, kermanFacts } from '../test-support.ts';
import type { Question } from '../question.ts';

const ideas = kermanFacts().ideas;
const seeds = Array.from({ length: 20 }, (_, index) => index + 1);

/** The questions of a bank that ask the idea, by choosing among its answers and misreadings. */
function choiceQuestions(seed: number, idea: Idea) {
  return kermanBank(seed).questions.filter(
    (question): question is Extract<Question, { type: 'single-choice' | 'multiple-response' }> =>
      question.factIds[0] === idea.id &&
      (question.type === 'single-choice' || question.type === 'multiple-response')
  );
}

function keyed(question: Extract<Question, { type: 'single-choice' | 'multiple-response' }>): string[] {
  const ids = Array.isArray(question.key) ? question.key : [question.key];
  return question.options.filter((option) => ids.includes(option.id)).map((option) => option.text);
}

describe('questions from key ideas', () => {
  it('asks every key idea, under the skill its form names', () => {
    const bank = kermanBank(1).questions;
    for (const idea of ideas) {
      const asking = bank.filter((question) => question.factIds[0] === idea.id);
      expect(asking.length, idea.id).toBeGreaterThan(0);
      expect(new Set(asking.map((question) => question.skill)), idea.id).toEqual(
        new Set([skillOfIdea[idea.form]])
      );
    }
  });

  it('keys only answers the article supports and offers no second right answer, in any seed', () => {
    const wrong = seeds.flatMap((seed) =>
      ideas.flatMap((idea) => {
        const answers = new Set(idea.answers.map((answer) => answer.text));
        const misreadings = new Set(idea.misreadings.map((item) => item.text));
        return choiceQuestions(seed, idea).flatMap((question) => {
          const key = keyed(question);
          const others = question.options.map((option) => option.text).filter((text) => !key.includes(text));
          const problems = [
            ...key.filter((text) => !answers.has(text)).map((text) => `keys "${text}"`),
            ...others.filter((text) => !misreadings.has(text)).map((text) => `offers "${text}" as wrong`)
          ];
          if (question.type === 'multiple-response' && key.length !== answers.size) {
            problems.push(`keys ${key.length} of ${answers.size} answers`);
          }
          return problems.map((problem) => `seed ${seed} ${question.id}: ${problem}`);
        });
      })
    );
    expect(wrong).toEqual([]);
  });

  it('tells a student why each wrong option shown is wrong', () => {
    const unexplained = ideas.flatMap((idea) =>
      choiceQuestions(1, idea).flatMap((question) =>
        idea.misreadings
          .filter((item) => question.options.some((option) => option.text === item.text))
          .filter((item) => !question.explanation.includes(`${quote(item.text)}: ${item.flaw}`))
          .map((item) => `${question.id}: ${item.text}`)
      )
    );
    expect(unexplained).toEqual([]);
  });

  it('cites the words each shown rebuttal restates, and only those of the rebuttals shown', () => {
    const miscited = seeds.flatMap((seed) =>
      ideas.flatMap((idea) =>
        choiceQuestions(seed, idea).flatMap((question) => {
          const shown = idea.misreadings.filter((item) =>
            question.options.some((option) => option.text === item.text)
          );
          const hidden = idea.misreadings.filter((item) => !shown.includes(item));
          // A shown rebuttal's quote is cited as it stands, or within a longer quote of its paragraph.
          const cited = (item: { paragraph: string; quote: string }) =>
            question.evidence.some(
              (own) => own.paragraph === item.paragraph && own.quote.includes(item.quote)
            );
          const citedAsItStands = (item: { paragraph: string; quote: string }) =>
            question.evidence.some((own) => own.paragraph === item.paragraph && own.quote === item.quote);
          const grounds = new Set(
            [...idea.answers, ...shown].flatMap((item) => item.evidence.map((e) => e.quote))
          );
          return [
            ...shown.flatMap((item) =>
              item.evidence.filter((e) => !cited(e)).map((e) => `misses ${e.quote}`)
            ),
            ...hidden.flatMap((item) =>
              item.evidence
                .filter((e) => citedAsItStands(e) && !grounds.has(e.quote))
                .map((e) => `cites ${e.quote}`)
            )
          ].map((problem) => `seed ${seed} ${question.id}: ${problem}`);
        })
      )
    );
    expect(miscited).toEqual([]);
    // The rebuttals of the Kerman ideas do state the article's facts: the test above has quotes to check.
    expect(
      ideas.filter((idea) => idea.misreadings.some((item) => item.evidence.length > 0)).length
    ).toBeGreaterThan(20);
  });

  it('lets the seed choose which misreadings an idea offers', () => {
    const idea = ideas.find((item) => item.misreadings.length > 3)!;
    const offered = new Set(
      seeds.map((seed) =>
        choiceQuestions(seed, idea)[0]!
          .options.map((option) => option.text)
          .sort()
          .join('|')
      )
    );
    expect(offered.size).toBeGreaterThan(1);
  });

  it('asks where the article supports an answer, keyed to the paragraph of that answer', () => {
    const byId = new Map(ideas.map((idea) => [idea.id, idea]));
    const located = kermanBank(1).questions.filter(
      (question) => question.type === 'evidence-selection' && byId.has(question.factIds[0]!)
    );
    // Rules applied to cases all rest on one paragraph, and a lead whose words point to its paragraph is
    // left out.
    expect(new Set(located.map((question) => question.factIds[0])).size).toBeGreaterThanOrEqual(5);
    for (const question of located) {
      const idea = byId.get(question.factIds[0]!)!;
      expect(idea.form).not.toBe('rule-application');
      const paragraphs = idea.answers.map((answer) => [
        ...new Set(answer.evidence.map((item) => item.paragraph))
      ]);
      expect(paragraphs).toContainEqual(question.key);
    }
  });

  it('offers no misreading that a comparison confined to one country rules out by its place', () => {
    const facts = kermanFacts();
    const { closure } = indexFacts(facts);
    const countries = facts.entities.filter(
      (entity) => entity.type === 'place' && entity.subtype === 'country'
    );
    const places = facts.entities.filter((entity) => entity.type === 'place');
    const confined = ideas.flatMap((idea) => {
      const country = countries.find((entity) => idea.prompt.includes(`inside ${entity.name}`));
      return country ? [{ idea, country }] : [];
    });
    expect(confined.map((item) => item.idea.id)).toContain('idea-compare-bloodiest');
    for (const { idea, country } of confined) {
      for (const { text } of idea.misreadings) {
        // The places it names, and those of the events it names: “the 2021 bombing near the Kabul airport”.
        const named = [
          ...places.filter((place) =>
            [place.name, ...place.aliases].some((name) => containsAnswer(text, name))
          ),
          ...facts.events
            .filter((event) => containsAnswer(text, event.name))
            .flatMap((event) => event.places.flatMap((id) => places.filter((place) => place.id === id)))
        ];
        for (const place of named)
          expect(closure.wholesOf(place.id).has(country.id), `${text}: ${place.name}`).toBe(true);
      }
    }
  });

  it('gives no duty-to-warn key an opening, hedge or word of the stem that no misreading shares', () => {
    const hedges = /\b(?:usually|could|may|might|likely|probably)\b/i;
    const words = (text: string) =>
      new Set(
        normaliseAnswer(text)
          .split(' ')
          .filter((word) => word.length > 5)
      );
    const firstWord = (text: string) => normaliseAnswer(text).split(' ')[0];
    const tells = ideas
      .filter((idea) => idea.topics.includes('duty-to-warn') && idea.answers.length === 1)
      .flatMap((idea) => {
        const [answer] = idea.answers;
        const wrong = idea.misreadings.map((item) => item.text);
        const echoed = [...words(idea.prompt)].filter(
          (word) => words(answer!.text).has(word) && !wrong.some((text) => words(text).has(word))
        );
        return [
          ...(wrong.some((text) => firstWord(text) === firstWord(answer!.text))
            ? []
            : [`${idea.id}: opening`]),
          ...(hedges.test(answer!.text) && !wrong.some((text) => hedges.test(text))
            ? [`${idea.id}: hedge`]
            : []),
          ...echoed.map((word) => `${idea.id}: echoes "${word}"`)
        ];
      });
    expect(tells).toEqual([]);
  });

  it('asks a question of two halves with wrong options that answer both halves', () => {
    const idea = ideas.find((item) => item.id === 'idea-evaluate-irans-side')!;
    // The warning to the U.S., and the reporters' request for comment.
    for (const { text } of idea.misreadings) expect(text, text).toMatch(/U\.N\. mission|reporters/);
  });
});
