// Prettier loads a shared config through its default export. The plugin is resolved here, not from
// whichever package runs prettier, so packages without Svelte need not depend on it.
export default {
  singleQuote: true,
  trailingComma: 'none',
  printWidth: 110,
  plugins: [import.meta.resolve('prettier-plugin-svelte')],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }]
};
