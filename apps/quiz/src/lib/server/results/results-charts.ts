import { formatPercent } from '$lib/format';

/**
 * The results page's charts as plain geometry in SVG user units; the components beside the route draw
 * it, so that the SVG arrives with the page, needs no script and lets Svelte escape every text.
 */

export type Plot = { left: number; right: number; top: number; bottom: number };

export type HistogramBar = {
  label: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  centerX: number;
};

/** What both charts hand their component: the canvas, the plot inside its margins, the marks and a text. */
export type BarChart<Bar, Tick> = {
  width: number;
  height: number;
  plot: Plot;
  bars: Bar[];
  ticks: Tick[];
  /** What a screen reader hears instead of the picture. */
  description: string;
};

/** The ticks are student counts marked on the vertical axis. */
export type ScoreHistogram = BarChart<HistogramBar, { value: number; y: number }> & { total: number };

const bands = 10;
const histogramSize = { width: 640, height: 260 };
const histogramPlot: Plot = { left: 48, right: 628, top: 20, bottom: 212 };

/** Which tenth of the maximum a score falls in, 0..9; full marks join the top band. */
export function scoreBand(score: number, maxScore: number): number {
  if (maxScore <= 0) return 0;
  // Ten times the share, not a percentage, so that 3 of 5 is exactly band 6; the epsilon keeps a
  // rounding error from dropping a score on a band's edge into the band below.
  return Math.min(bands - 1, Math.max(0, Math.floor((10 * score) / maxScore + 1e-9)));
}

/** A step of 1, 2, 5, 10... for the count axis, so that it has at most about four marks. */
function countStep(maximum: number): number {
  const rough = Math.max(1, maximum / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
}

const students = (count: number) => `${count} student${count === 1 ? '' : 's'}`;

/** How the handed-in scores spread over ten bands of ten percentage points. */
export function scoreHistogram(scores: { score: number; maxScore: number }[]): ScoreHistogram {
  const counts = Array.from({ length: bands }, () => 0);
  for (const { score, maxScore } of scores) counts[scoreBand(score, maxScore)]! += 1;
  const maximum = Math.max(0, ...counts);
  const step = countStep(maximum);
  const top = Math.max(step, Math.ceil(maximum / step) * step);
  const plotHeight = histogramPlot.bottom - histogramPlot.top;
  const slot = (histogramPlot.right - histogramPlot.left) / bands;
  const gap = 4;

  const bars = counts.map((count, band) => {
    const height = (count / top) * plotHeight;
    const x = histogramPlot.left + band * slot + gap / 2;
    return {
      label: band === bands - 1 ? '90–100' : `${band * 10}–${band * 10 + 9}`,
      count,
      x,
      y: histogramPlot.bottom - height,
      width: slot - gap,
      height,
      centerX: x + (slot - gap) / 2
    };
  });
  const ticks = [];
  for (let value = 0; value <= top; value += step)
    ticks.push({ value, y: histogramPlot.bottom - (value / top) * plotHeight });

  const filled = bars.filter((bar) => bar.count > 0);
  const description =
    scores.length === 0
      ? 'No one has handed in yet.'
      : `Scores of ${students(scores.length)} in bands of ten percentage points: ` +
        filled.map((bar) => `${bar.label}%, ${students(bar.count)}`).join('; ') +
        (filled.length < bands ? '; no one in the other bands.' : '.');
  return { ...histogramSize, plot: histogramPlot, bars, ticks, total: scores.length, description };
}

export type FacilityBar = {
  label: string;
  /** The share right as the bar says it, or "no answers" when nobody has drawn the question. */
  value: string;
  y: number;
  width: number;
  height: number;
  centerY: number;
};

/** The ticks are percentages marked on the horizontal axis. */
export type FacilityChart = BarChart<FacilityBar, { value: number; x: number }>;

const facilityWidth = 640;
const row = 28;
const barHeight = 18;
const facilityMargin = { left: 48, right: 64, top: 8, bottom: 36 };

/** One horizontal bar per question, in the questions' order: the share of students who got it right. */
export function facilityChart(questions: { facility: number | null }[]): FacilityChart {
  const plot: Plot = {
    left: facilityMargin.left,
    right: facilityWidth - facilityMargin.right,
    top: facilityMargin.top,
    bottom: facilityMargin.top + questions.length * row
  };
  const plotWidth = plot.right - plot.left;
  const bars = questions.map(({ facility }, index) => {
    const y = plot.top + index * row + (row - barHeight) / 2;
    return {
      label: `Q${index + 1}`,
      value: facility === null ? 'no answers' : formatPercent(facility),
      y,
      width: (facility ?? 0) * plotWidth,
      height: barHeight,
      centerY: y + barHeight / 2
    };
  });
  const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: plot.left + (value / 100) * plotWidth }));
  const description =
    questions.length === 0
      ? 'No questions have been answered yet.'
      : `Share of students who got each question right: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}.`;
  return {
    width: facilityWidth,
    height: plot.bottom + facilityMargin.bottom,
    plot,
    bars,
    ticks,
    description
  };
}
