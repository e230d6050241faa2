import { generateBank, giveAwayEitherWay, type Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { setGiveAwayPairs } from './give-away-pairs';

const bank = generateBank(getFactBase(), { seed: 1 }).questions;
const apartFrom = (...questions: Question[]) =>
  bank.find((candidate) => questions.every((question) => !giveAwayEitherWay(candidate, question)))!;

describe('questions of a set that answer each other', () => {
  test('names each pair by its places in the set, and none where nothing is given away', () => {
    const giver = bank.find((question) => bank.some((other) => giveAwayEitherWay(question, other)))!;
    const asked = bank.find((other) => other !== giver && giveAwayEitherWay(giver, other))!;
    const first = apartFrom(giver, asked);
    const third = apartFrom(giver, asked, first);
    expect(setGiveAwayPairs([first, giver, third, asked])).toEqual([{ first: 2, second: 4 }]);
    expect(setGiveAwayPairs([first, giver, third])).toEqual([]);
  });
});
