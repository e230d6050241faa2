import { describe, expect, test } from 'vitest';
import { facilityChart, scoreBand, scoreHistogram } from './results-charts';

const outOfTen = (...scores: number[]) => scores.map((score) => ({ score, maxScore: 10 }));

describe('scoreBand', () => {
  test('puts a score on a band edge in the band it starts', () => {
    expect(scoreBand(3, 5)).toBe(6);
    expect(scoreBand(7, 10)).toBe(7);
    expect(scoreBand(0.29, 1)).toBe(2);
  });

  test('puts full marks in the top band', () => {
    expect(scoreBand(5, 5)).toBe(9);
  });
});

describe('scoreHistogram', () => {
  test('counts every student in exactly one band', () => {
    const chart = scoreHistogram(outOfTen(0, 3, 5, 5, 10, 9, 7));
    expect(chart.bars.reduce((total, bar) => total + bar.count, 0)).toBe(7);
    expect(chart.total).toBe(7);
    expect(chart.bars.map((bar) => bar.count)).toEqual([1, 0, 0, 1, 0, 2, 0, 1, 0, 2]);
  });

  test('draws bars in proportion to their counts, standing on the axis', () => {
    const chart = scoreHistogram(outOfTen(5, 5, 5, 5, 9, 9, 1));
    const [one, two, four] = [chart.bars[1]!, chart.bars[9]!, chart.bars[5]!];
    expect(two.height).toBeCloseTo(2 * one.height);
    expect(four.height).toBeCloseTo(4 * one.height);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
  });

  test('makes the tallest bar reach the top mark of the count axis', () => {
    const chart = scoreHistogram(outOfTen(5, 5, 5, 5));
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4]);
    expect(chart.bars[5]!.y).toBeCloseTo(chart.ticks.at(-1)!.y);
  });

  test('keeps the count axis to a few marks for a large class', () => {
    const chart = scoreHistogram(outOfTen(...Array.from({ length: 30 }, () => 8)));
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 10, 20, 30]);
  });

  test('says which bands hold students', () => {
    expect(scoreHistogram(outOfTen(5, 10, 10)).description).toBe(
      'Scores of 3 students in bands of ten percentage points: 50–59%, 1 student; 90–100%, 2 students; ' +
        'no one in the other bands.'
    );
  });

  test('draws an empty chart, without a bar or a NaN, before anyone hands in', () => {
    const chart = scoreHistogram([]);
    expect(chart.total).toBe(0);
    expect(chart.bars.every((bar) => bar.height === 0 && bar.y === chart.plot.bottom)).toBe(true);
    expect(chart.ticks.every((tick) => Number.isFinite(tick.y))).toBe(true);
    expect(chart.description).toBe('No one has handed in yet.');
  });
});

describe('facilityChart', () => {
  test('draws one bar per question, as long as its share right', () => {
    const chart = facilityChart([{ facility: 1 }, { facility: 0.25 }, { facility: 0 }]);
    const plotWidth = chart.plot.right - chart.plot.left;
    expect(chart.bars.map((bar) => [bar.label, bar.value, bar.width])).toEqual([
      ['Q1', '100%', plotWidth],
      ['Q2', '25%', plotWidth / 4],
      ['Q3', '0%', 0]
    ]);
    expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y + chart.bars[0]!.height);
    expect(chart.height).toBeGreaterThan(chart.bars[2]!.y + chart.bars[2]!.height);
  });

  test('says "no answers" for a question nobody has drawn', () => {
    const chart = facilityChart([{ facility: null }]);
    expect(chart.bars[0]).toMatchObject({ value: 'no answers', width: 0 });
    expect(chart.description).toBe('Share of students who got each question right: Q1 no answers.');
  });

  test('marks the percentage axis in quarters', () => {
    const chart = facilityChart([{ facility: 0.5 }]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(chart.ticks[2]!.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2);
  });
});
