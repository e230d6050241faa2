import { describe, expect, it } from 'vitest';
import { kermanBank } from '../test-support.ts';

describe('a relation only a source vouches for', () => {
  // “According to Islamic State, which group was responsible?” with “Islamic State operatives” offered.
  it('is not asked where the answer bears the source’s own name, in choices or true/false, in any seed', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const asking = kermanBank(seed).questions.filter(
        (question) =>
          /^(?:True or false: )?According to Islamic State, /.test(question.stem) &&
          question.factIds.includes('islamic-state-operatives')
      );
      expect(asking.map((question) => question.stem)).toEqual([]);
    }
  });
});
