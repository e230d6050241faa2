import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../grade-response.ts';
import type { Question } from '../question.ts';
import { generateBank } from '../generate-bank.ts';
import { kermanFacts } from '../test-support.ts';

type Cloze = Extract<Question, { type: 'cloze' }>;

const seeds = Array.from({ length: 10 }, (_, index) => index + 1);

/**
 * The cloze items of ten seeds' banks of clozes, each once: in a whole bank a question of another type
 * that asks the same sentence may stand for one.
 */
function clozes(): Cloze[] {
  const byId = new Map<string, Cloze>();
  for (const seed of seeds) {
    for (const question of generateBank(kermanFacts(), { seed, types: ['cloze'] }).questions) {
      if (question.type === 'cloze') byId.set(question.id, question);
    }
  }
  return [...byId.values()];
}

const all = clozes();
const blanked = (text: string) => all.filter((question) => question.key[0] === text);

describe('relation clozes', () => {
  it('never blank a name the rest of the sentence restates but for one word', () => {
    // “… weakened during the ___ presence in Afghanistan by attacks from U.S. and Afghan government forces”
    expect(blanked('American military')).toEqual([]);
    // “Islamic State claimed responsibility …, saying that ___ had detonated explosive belts”
    expect(blanked('two of its operatives')).toEqual([]);
    // “… 13 ___ and about 170 Afghan civilians as the U.S. military withdrew”: “U.S. troops”
    expect(blanked('American troops')).toEqual([]);
  });

  it('count a word as restated inside a longer one it begins: “Afghan” in “Afghanistan”', () => {
    // “… about 170 ___ as the U.S. military withdrew from Afghanistan”
    expect(blanked('Afghan civilians')).toEqual([]);
    // “… presence in Afghanistan by attacks from U.S. and ___”, where “Afghan forces” is accepted
    expect(blanked('Afghan government forces')).toEqual([]);
  });

  it('blank the relation’s own word where a widely known fact in the sentence gives the answer away', () => {
    // “Shiite Muslims, a majority of Iran's population” is marked widely known: Shiites are not blanked.
    expect(blanked('Shiite Muslims')).toEqual([]);
    const [apostates, ...others] = blanked('apostates');
    expect(others).toEqual([]);
    expect(apostates?.passage).toBe(
      "“The ideology of Islamic State, a hard-line Sunni group, considers Shiite Muslims, a majority of Iran's population, to be {{blank}}.”"
    );
    expect(apostates?.key).toEqual(['apostates']);
  });

  it('blank another thing the source’s claim names where the claim’s answer is restated', () => {
    const [belts, ...others] = blanked('explosive belts');
    expect(others).toEqual([]);
    expect(belts?.passage).toBe(
      '“Islamic State claimed responsibility after the attack, saying that two of its operatives had detonated {{blank}}.”'
    );
    expect(belts?.explanation).toMatch(
      /^According to Islamic State, two Islamic State operatives detonated explosive belts\./
    );
  });

  it('accept no name with an article where the blank’s own words have none: not “former the spy agency officer”', () => {
    const [cia] = blanked('CIA');
    expect(cia?.key).toEqual(['CIA', 'Central Intelligence Agency']);
    const grade = gradeResponse(cia!, { type: 'cloze', text: 'C.I.A.' }, 1);
    expect(grade.ok && grade.correct).toBe(true);
    for (const question of all) {
      if (/^(?:the|a|an) /i.test(question.key[0]!)) continue;
      expect(
        question.key.filter((name) => /^(?:the|a|an) /i.test(name)),
        question.passage
      ).toEqual([]);
    }
  });

  it('mark words quoted inside the passage with single marks', () => {
    const [cia] = blanked('CIA');
    expect(cia?.passage).toMatch(
      /^“‘With Iran, it gets gray,’ said former \{\{blank\}\} officer Douglas London/
    );
    for (const question of all) expect(question.passage.slice(1, -1), question.id).not.toMatch(/[“”"]/);
  });

  it('never blank an answer the sentence gives for another subject of the same relation', () => {
    // “… Tajik operatives based in ___—where the local branch of Islamic State's ISIS-Khorasan Province is
    // based” asks where ISIS-K is based, as the cloze of paragraph 8 does.
    const afghanistan = blanked('Afghanistan');
    expect(afghanistan.length).toBeGreaterThan(0);
    for (const question of afghanistan) expect(question.passage).not.toContain('is based');
    // The ministry's own finding is blanked instead.
    const [tajik, ...others] = blanked('a team of Tajik operatives');
    expect(others).toEqual([]);
    expect(tajik?.passage).toContain('carried out by {{blank}} based in Afghanistan');
  });
});
