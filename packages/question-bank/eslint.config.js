import { base, forbidImports } from '@newsquiz/config/eslint';

export default [
  ...base,
  forbidImports({
    group: ['@newsquiz/db', '@newsquiz/quiz'],
    message: 'the bank makes questions from facts; storage and the app build on it, not the other way'
  })
];
