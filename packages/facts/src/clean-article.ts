/** Link markup as the source carries it: `[Islamic State](#)`. */
const linkMarkup = /\[([^\]]*)\]\(#\)/g;

/**
 * Turns the raw article text into its blocks: split on blank lines, link markup dropped,
 * nothing else reworded. Block n becomes paragraph `p<n>`.
 */
export function cleanArticleText(raw: string): string[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim().replace(linkMarkup, '$1'))
    .filter((block) => block.length > 0);
}
