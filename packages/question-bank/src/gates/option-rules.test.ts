import { describe, expect, it } from 'vitest';
import {
  emphasiseNegation,
  isAllOrNoneOfTheAbove,
  lengthsSimilar,
  optionKind,
  unemphasisedNegation
} from './option-rules.ts';

describe('option rules', () => {
  it('tells dates, numbers and text apart', () => {
    expect(optionKind('Jan. 3, 2024')).toBe('date');
    expect(optionKind('January 2020')).toBe('date');
    expect(optionKind('2015')).toBe('date');
    expect(optionKind('84')).toBe('number');
    expect(optionKind('more than 80')).toBe('number');
    expect(optionKind('about 170')).toBe('number');
    expect(optionKind('Kerman')).toBe('text');
  });

  it('finds an option far longer than the shortest', () => {
    expect(lengthsSimilar(['Iran', 'Afghanistan', 'Syria'])).toBe(true);
    expect(lengthsSimilar(['Iran', 'the Islamic Revolutionary Guard Corps of Iran'])).toBe(false);
  });

  it('finds all/none/both of the above', () => {
    expect(isAllOrNoneOfTheAbove('All of the above')).toBe(true);
    expect(isAllOrNoneOfTheAbove('none of these')).toBe(true);
    expect(isAllOrNoneOfTheAbove('Above all, Iran')).toBe(false);
  });

  it('flags a negation unless it is in capitals or inside quotation marks', () => {
    expect(unemphasisedNegation('Which group did not claim the attack?')).toBe('not');
    expect(unemphasisedNegation('Iranian officials didn’t respond.')).toBe('didn’t');
    expect(unemphasisedNegation('Which group did NOT claim the attack?')).toBeUndefined();
    expect(unemphasisedNegation('Who said “we cannot protect it”?')).toBeUndefined();
    expect(emphasiseNegation('Officials didn’t say, “we do not know.”')).toBe(
      'Officials DIDN’T say, “we do not know.”'
    );
  });
});
