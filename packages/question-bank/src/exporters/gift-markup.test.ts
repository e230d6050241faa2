import { describe, expect, it } from 'vitest';
import { giftPlainText, htmlToText } from './gift-markup.ts';

describe('GIFT format markers', () => {
  it('makes HTML plain: tags dropped, breaks as spaces, scripts gone, references decoded', () => {
    expect(giftPlainText('[html]<p>Who <b>led</b> it?</p><br/>Name him&nbsp;&amp; his rank.')).toBe(
      'Who led it? Name him & his rank.'
    );
    expect(giftPlainText('[moodle]a<script>alert(1)</script> b<style>p{}</style>')).toBe('a b');
    expect(giftPlainText('[html]&#8220;Kerman&#x201D; &bogus; &#xD800;')).toBe('“Kerman” &bogus; &#xD800;');
  });

  it('keeps a "<" that opens no tag as text', () => {
    expect(htmlToText('1 < 2 and 3 <4')).toBe('1 < 2 and 3 <4');
    expect(htmlToText('x <b unclosed')).toBe('x <b unclosed');
  });

  it('makes Markdown plain and leaves [plain] and unmarked text as written', () => {
    expect(giftPlainText('[markdown]**Kerman** is in [Iran](https://example.org) `now`')).toBe(
      'Kerman is in Iran now'
    );
    expect(giftPlainText('[plain] <b>as typed</b> ')).toBe('<b>as typed</b>');
    expect(giftPlainText('no <b>marker</b>')).toBe('no <b>marker</b>');
  });
});
