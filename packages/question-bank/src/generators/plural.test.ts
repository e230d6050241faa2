import type { Entity } from '@newsquiz/facts';
import { describe, expect, it } from 'vitest';
import { agree, isPlural } from './plural.ts';

const group = (name: string) => ({ type: 'group', name }) as Entity;

describe('plural agreement', () => {
  it('tells plural group names from singular ones', () => {
    expect(isPlural(group('Houthis'))).toBe(true);
    expect(isPlural(group('militias in Syria and Iraq'))).toBe(true);
    expect(isPlural(group('Taliban'))).toBe(false);
    expect(isPlural(group('ISIS'))).toBe(false);
    expect(isPlural({ type: 'place', name: 'United States' } as Entity)).toBe(false);
  });

  it('makes the first verb agree', () => {
    expect(agree('Tajik operatives is based in Afghanistan.')).toBe(
      'Tajik operatives are based in Afghanistan.'
    );
    expect(agree('Where is it? It is here.')).toBe('Where are it? It is here.');
    expect(agree('Houthis belongs to Iran’s proxies.')).toBe('Houthis belong to Iran’s proxies.');
  });
});
