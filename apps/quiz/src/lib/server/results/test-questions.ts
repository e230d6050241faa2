/** Fields every hand-made question of the app's tests shares; each test adds its type, options and key. */
export const questionFields = {
  id: 'q-0123456789abcdef',
  stem: 'Where did the attack happen?',
  explanation: 'Because.',
  evidence: [{ paragraph: 'p7', quote: 'killed 84' }],
  factIds: ['killed-84'],
  topic: 'the-attack',
  skill: 'recall' as const,
  difficulty: { level: 'easy' as const, score: 1, rule: 'test' }
};

export const placeOptions = [
  { id: 'a', text: 'Kerman' },
  { id: 'b', text: 'Tehran' },
  { id: 'c', text: 'Qom' }
];
