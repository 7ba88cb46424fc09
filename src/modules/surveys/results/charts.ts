import type { TopLevelSpec } from 'vega-lite';

/**
 * Bar charts as SVG, drawn on the server by Vega (no JavaScript in the browser). Each bar carries its
 * number as text, so the chart never relies on colour; the page puts the same numbers in a table.
 * Labels are passed as plain text: Vega escapes text when it writes SVG (charts.test.ts checks this
 * with a label containing markup), which is what makes the string safe to inline.
 */
export interface BarChart {
  /** The value axis' title ("Prosent av de som svarte"). */
  axisTitle: string;
  /** Largest value of the axis (100 for percentages); default: from the data. */
  max?: number;
  bars: { label: string; value: number; text: string; group?: string }[];
}

const WIDTH = 300;

export async function barChartSvg(chart: BarChart, options: { titleId: string }): Promise<string> {
  const grouped = chart.bars.some((b) => b.group !== undefined);
  const values = chart.bars.map((b, i) => ({ ...b, group: b.group ?? '', order: i, label: clean(b.label), text: clean(b.text) }));
  const y = { field: 'label', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 180, labelFontSize: 12 } };
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: clean(chart.axisTitle),
    // Whole numbers only: counts and whole percentages (a tick at 0.5 person means nothing).
    axis: { format: 'd', tickMinStep: 1 },
    ...(chart.max !== undefined ? { scale: { domain: [0, chart.max] } } : {}),
  };
  const layers = {
    layer: [
      { mark: { type: 'bar' as const, color: '#1e5b8a' }, encoding: { y, x } },
      { mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontSize: 12, color: '#111' }, encoding: { y, x, text: { field: 'text' } } },
    ],
  };
  const spec: TopLevelSpec = grouped
    ? {
        data: { values },
        facet: { row: { field: 'group', type: 'nominal', sort: null, title: null, header: { labelAngle: 0, labelAlign: 'left', labelFontSize: 13, labelFontWeight: 'bold' } } },
        spec: { width: WIDTH, ...layers },
        config: { aria: false, view: { stroke: null } },
      }
    : { data: { values }, width: WIDTH, ...layers, config: { aria: false, view: { stroke: null } } };
  // Vega and Vega-Lite are large: loaded when the first chart is drawn, not when the server starts.
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  // Vega marks its groups for assistive technology itself (graphics-symbol …); the page labels the whole
  // chart and gives its numbers in a table, so the inner roles are removed and the chart is one image.
  const plain = svg.replace(/ (role|aria-[a-z]+)="[^"]*"/g, '');
  // Scale down with the page (app.css gives svg max-width: 100%): keep the width, let the height follow
  // the viewBox. The title the page shows next to the chart names it for screen readers.
  return plain.replace(/^<svg ([^>]*?) height="[\d.]+"/, `<svg role="img" aria-labelledby="${options.titleId}" focusable="false" $1`);
}

/** Control characters have no place in a label and could upset an XML reader. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}
