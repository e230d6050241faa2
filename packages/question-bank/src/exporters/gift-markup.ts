/** The text formats GIFT names in a leading marker, such as `[html]`; Moodle's own, `[moodle]`, is HTML too. */
const markerPattern = /^\[(html|moodle|plain|markdown)\]/i;

// Tags after which the text goes on as a new line or paragraph: a space keeps their words apart.
const breakingTags = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'hr']);
// Tags whose content is not text a reader sees.
const hiddenTags = new Set(['script', 'style']);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…'
};

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
    ? String.fromCodePoint(value)
    : undefined;
}

/** Decodes character references; an unknown or malformed one stays as it is written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return codePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return codePoint(Number(name.slice(1))) ?? whole;
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text a reader sees of an HTML fragment: tags dropped (a line break or block becomes a space),
 * scripts and styles dropped whole, character references decoded. One pass with indexOf, so a run of
 * "<" with no ">" costs no more than its length.
 */
export function htmlToText(html: string): string {
  let text = '';
  let at = 0;
  let hidden: string | undefined;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      if (!hidden) text += html.slice(at);
      break;
    }
    if (!hidden) text += html.slice(at, open);
    const tag = /^(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})|^[!?]/.exec(html.slice(open + 1, open + 12));
    const close = tag ? html.indexOf('>', open + 1) : -1;
    if (!tag || close < 0) {
      // A "<" that opens no tag is text.
      if (!hidden) text += '<';
      at = open + 1;
      continue;
    }
    const name = tag[2]?.toLowerCase();
    if (name && hiddenTags.has(name)) hidden = tag[1] ? undefined : name;
    else if (name && breakingTags.has(name) && !hidden) text += ' ';
    at = close + 1;
  }
  return decodeEntities(text);
}

/** Markdown's emphasis, code marks and links as their plain words. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/\[([^\][]{0,300})\]\([^()\s]{0,300}\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^#{1,6} /, '');
}

/** Text in a format GIFT names as plain text, spaces collapsed as a page shows them but not trimmed. */
export function formatToPlain(body: string, format: string | undefined): string {
  const plain =
    format === 'html' || format === 'moodle'
      ? htmlToText(body)
      : format === 'markdown'
        ? markdownToText(body)
        : body;
  return format && format !== 'plain' ? plain.replace(/\s+/g, ' ') : plain;
}

/** A GIFT text's leading format marker, lower case, and the text after it. */
export function splitMarker(text: string): { format: string | undefined; body: string } {
  const marker = markerPattern.exec(text);
  return marker
    ? { format: marker[1]!.toLowerCase(), body: text.slice(marker[0].length) }
    : { format: undefined, body: text };
}

/**
 * A GIFT text as plain text: a leading format marker is taken off, and HTML or Markdown reduced to the
 * words a reader sees, so no tag is ever stored or shown.
 */
export function giftPlainText(text: string): string {
  const { format, body } = splitMarker(text);
  return format ? formatToPlain(body, format).trim() : text;
}
