import { loadFactBase } from '@newsquiz/facts';
import { bench, describe } from 'vitest';
import { generateBank, practiceDrawer } from './generate-bank.ts';

const facts = loadFactBase('kerman-2024');
const items = generateBank(facts, { seed: 1 }).questions.length;
let seed = 0;

// Items per second is this bench's ops/s times the items of one bank.
describe(`generateBank on kerman-2024 (${items} items a bank)`, () => {
  bench('the whole default bank, a new seed each time', () => {
    generateBank(facts, { seed: seed++ });
  });

  bench('a 20-question draw, the bank generated and weighed for it', () => {
    generateBank(facts, { seed: seed++, count: 20 });
  });

  // What a student's practice start costs once the app has weighed the bank.
  const practice = practiceDrawer(facts, 10);
  bench('a practice draw of 10 from the bank weighed once', () => {
    practice(seed++);
  });
});
