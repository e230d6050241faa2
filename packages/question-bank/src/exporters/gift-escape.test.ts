import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeGift, unescapeGift } from './gift-escape.ts';

describe('GIFT escaping', () => {
  it('puts a backslash before each of ~ = # { } : and \\', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(escapeGift('Time: 5:30')).toBe('Time\\: 5\\:30');
  });

  it('writes a line break as \\n', () => {
    expect(escapeGift('one\ntwo')).toBe('one\\ntwo');
  });

  it('reads back any text it wrote', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeGift(escapeGift(text))).toBe(text.replace(/\r\n/g, '\n'));
      })
    );
  });
});
