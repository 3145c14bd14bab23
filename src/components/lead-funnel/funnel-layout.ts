/**
 * Pure geometry of the funnel: a row per stage with a title line (stage name, count), a bar
 * centred on the chart whose width is the stage's count over the largest one, and a line of rates
 * below it. Text runs the full width, so the rows read at 320 px as well as at 1200 px. The scale is
 * one division (no d3-scale needed). Every number is finite, rounded to 1/100 px.
 */
import type { FunnelStage } from '../../data/funnel.js';
import { chartWidth, finite, round } from '../chart/frame.js';

/** Sizes for a layout. */
export interface FunnelLayoutOptions {
  /** Width available, in CSS pixels. */
  width: number;
  /** Height of a bar. */
  barHeight?: number;
  /** Space between two rows. */
  gap?: number;
}

/** A stage's row. */
export interface FunnelBar {
  stage: FunnelStage;
  /** Top of the whole row (the hit area). */
  rowY: number;
  /** Height of the whole row. */
  rowHeight: number;
  /** Baseline of the title line (stage name at the start, count at the end). */
  titleY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the rates line. */
  ratesY: number;
}

/** The whole geometry. */
export interface FunnelLayout {
  width: number;
  height: number;
  /** The vertical axis the bars are centred on. */
  center: number;
  /** The largest count, which spans the whole width; 0 when every stage is empty. */
  max: number;
  bars: FunnelBar[];
}

/** Height of a line of text. */
export const LINE_HEIGHT = 18;
/** The narrowest bar drawn for a count above 0, so that a small stage stays visible. */
export const MIN_BAR = 2;

/** Lays out the stages of a funnel, top to bottom. */
export function layoutFunnel(stages: readonly FunnelStage[], options: FunnelLayoutOptions): FunnelLayout {
  const width = chartWidth(options.width);
  const barHeight = Math.max(4, finite(options.barHeight, 22));
  const gap = Math.max(0, finite(options.gap, 12));
  const rowHeight = LINE_HEIGHT + barHeight + LINE_HEIGHT;
  const counts = stages.map((stage) => Math.max(0, finite(stage.count, 0)));
  const max = Math.max(0, ...counts);
  const center = round(width / 2);
  const bars = stages.map((stage, k): FunnelBar => {
    const rowY = k * (rowHeight + gap);
    const value = counts[k]!;
    const barWidth = max === 0 || value === 0 ? 0 : round(Math.max(MIN_BAR, (value / max) * width));
    const y = rowY + LINE_HEIGHT;
    return {
      stage,
      rowY,
      rowHeight,
      titleY: rowY + LINE_HEIGHT - 5,
      x: round(center - barWidth / 2),
      y,
      width: barWidth,
      height: barHeight,
      ratesY: y + barHeight + LINE_HEIGHT - 5,
    };
  });
  const height = stages.length === 0 ? 0 : stages.length * rowHeight + (stages.length - 1) * gap;
  return { width, height, center, max, bars };
}
