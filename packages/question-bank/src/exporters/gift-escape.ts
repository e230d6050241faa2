// Moodle's GIFT gives these characters a meaning; in text they are written with a backslash.
const special = /[~=#{}:\\]/g;

export function escapeGift(text: string): string {
  return text.replace(special, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

export function unescapeGift(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
}
