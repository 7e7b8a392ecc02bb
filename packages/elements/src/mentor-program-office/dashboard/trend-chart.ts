// The dashboard's month-by-month trend: an SVG chart drawn from the figures alone (no chart library), named
// for screen readers by what it shows, and the same figures as a table, the accessible form (visually
// hidden while the chart shows; "Show as a table" shows it instead). One line per series, each with its
// colour (`--mentor-chart-1` … `-5`) and its own dash pattern, so the lines differ without colour too
// (forced colours draw them all in CanvasText). Right to left, time runs from the right.
import { css, html, svg, nothing, type TemplateResult } from 'lit';
import type { MonthFigures } from '@mentor-match/core';
import type { Localize } from '../../i18n/localize.ts';

export const TREND_SERIES = ['requests', 'started', 'completed', 'endedEarly', 'enrolments'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, side: 44, bottom: 26 };
const DASHES = ['', '8 4', '2 4', '10 4 2 4', '1 3'];

/** The largest figure of any series, rounded up to a tidy top of the axis (at least 1). */
export function axisMax(months: readonly MonthFigures[]): number {
  const max = Math.max(1, ...months.flatMap((month) => TREND_SERIES.map((series) => month[series])));
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

/** Where month `index` of `count` sits across the chart (mirrored right to left). */
function xOf(index: number, count: number, rtl: boolean): number {
  const inner = WIDTH - 2 * PAD.side;
  const x = count > 1 ? (index * inner) / (count - 1) : inner / 2;
  return PAD.side + (rtl ? inner - x : x);
}

/** One series' points, in the chart's coordinates. */
export function seriesPoints(months: readonly MonthFigures[], series: TrendSeries, max: number, rtl = false): string {
  const inner = HEIGHT - PAD.top - PAD.bottom;
  return months
    .map((month, index) => `${xOf(index, months.length, rtl).toFixed(1)},${(PAD.top + inner * (1 - month[series] / max)).toFixed(1)}`)
    .join(' ');
}

const monthLabel = (i18n: Localize, month: string) =>
  new Intl.DateTimeFormat(i18n.lang, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

const seriesNames = (i18n: Localize) => TREND_SERIES.map((series) => i18n.t(`office.dashboard.trend.${series}`));

export function trendChart(i18n: Localize, months: readonly MonthFigures[], rtl: boolean): TemplateResult | typeof nothing {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return nothing;
  const names = seriesNames(i18n);
  const label = i18n.t('office.dashboard.trend.name', monthLabel(i18n, first.month), monthLabel(i18n, last.month), i18n.list(names));
  const max = axisMax(months);
  const every = Math.max(1, Math.ceil(months.length / 12));
  const axisX = rtl ? WIDTH - PAD.side + 6 : PAD.side - 6;
  const anchor = rtl ? 'start' : 'end';
  return html`<figure class="chart" part="chart">
    <svg role="img" aria-label=${label} viewBox="0 0 ${WIDTH} ${HEIGHT}">
      ${svg`<line class="axis" x1=${PAD.side} y1=${HEIGHT - PAD.bottom} x2=${WIDTH - PAD.side} y2=${HEIGHT - PAD.bottom}></line>
        <text class="tick" x=${axisX} y=${PAD.top + 4} text-anchor=${anchor}>${i18n.number(max)}</text>
        <text class="tick" x=${axisX} y=${HEIGHT - PAD.bottom} text-anchor=${anchor}>${i18n.number(0)}</text>
        ${months.map((month, index) =>
          index % every === 0
            ? svg`<text class="tick" x=${xOf(index, months.length, rtl)} y=${HEIGHT - 6} text-anchor="middle">${monthLabel(i18n, month.month)}</text>`
            : nothing,
        )}
        ${TREND_SERIES.map(
          (series, index) =>
            svg`<polyline class="series s${index + 1}" points=${seriesPoints(months, series, max, rtl)} stroke-dasharray=${DASHES[index] || nothing}></polyline>`,
        )}`}
    </svg>
    <figcaption aria-hidden="true">
      <ul class="legend">
        ${names.map(
          (name, index) => html`<li><svg viewBox="0 0 24 6" focusable="false"><line class="series s${index + 1}" x1="0" y1="3" x2="24" y2="3"
            stroke-dasharray=${DASHES[index] || nothing}></line></svg> ${name}</li>`,
        )}
      </ul>
    </figcaption>
  </figure>`;
}

/** The figures as a table; `hidden` keeps it for screen readers only (the chart shows). */
export function trendTable(i18n: Localize, months: readonly MonthFigures[], hidden: boolean): TemplateResult {
  const names = seriesNames(i18n);
  // Hidden, it is no scrolling box (a clipped one would be a scrollable region keyboards cannot reach).
  return html`<div class=${hidden ? 'visually-hidden' : 'table-wrap'} part="trend-table">
    <table>
      <caption>${i18n.t('office.dashboard.trend.table')}</caption>
      <thead>
        <tr>
          <th scope="col">${i18n.t('office.dashboard.trend.month')}</th>
          ${names.map((name) => html`<th scope="col" class="number">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month) => html`<tr>
            <th scope="row">${monthLabel(i18n, month.month)}</th>
            ${TREND_SERIES.map((series) => html`<td class="number">${i18n.number(month[series])}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const chartStyles = css`
  .chart {
    margin: 0 0 0.5em;
  }
  .chart > svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 16rem;
  }
  .chart .axis {
    stroke: var(--_border);
  }
  .chart .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
  }
  .s1 { stroke: var(--mentor-chart-1, #1d5fa8); }
  .s2 { stroke: var(--mentor-chart-2, #1b7f4d); }
  .s3 { stroke: var(--mentor-chart-3, #6b4aa5); }
  .s4 { stroke: var(--mentor-chart-4, #b3261e); }
  .s5 { stroke: var(--mentor-chart-5, #8a5a00); }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend svg {
    inline-size: 2em;
    block-size: 0.6em;
    vertical-align: middle;
  }
  .legend .series {
    stroke-width: 3;
  }
  @media (forced-colors: active) {
    .series {
      stroke: CanvasText;
    }
  }
`;
