// Shared flat config: TypeScript everywhere, Svelte where a package has components.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export const ignores = {
  ignores: [
    '**/node_modules/',
    '**/build/',
    '**/dist/',
    '**/.svelte-kit/',
    '**/test-results/',
    '**/playwright-report/',
    '**/.data/'
  ]
};

export const base = ts.config(
  ignores,
  js.configs.recommended,
  ...ts.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { secret: _, ...rest } = row` is how a field is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }]
    }
  },
  {
    // Benchmarks exist to print their figures.
    files: ['**/bench/**'],
    rules: { 'no-console': 'off' }
  }
);

export const sveltePackage = ts.config(
  ...base,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  }
);
