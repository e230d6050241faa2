import { describe, expect, test } from 'vitest';
import { renderOnly, renderOnlyTransporter } from './render-only';

describe('renderOnly', () => {
  test('gives the data back as it is, and the transport writes a placeholder for it', () => {
    const data = { review: [{ stem: 'Who?', feedback: { correctAnswer: ['Iran'] } }] };
    expect(renderOnly(data)).toBe(data);
    expect(renderOnlyTransporter.encode(data)).toEqual([0]);
  });

  test('leaves data it was not given to SvelteKit, which serialises it as usual', () => {
    expect(renderOnlyTransporter.encode({ review: [] })).toBe(false);
  });

  test('a browser that meets the placeholder fails rather than render a page without its data', () => {
    expect(() => renderOnlyTransporter.decode([0])).toThrow(/rendered on the server only/);
  });
});
