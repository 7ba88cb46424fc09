import { describe, expect, it } from 'vitest';
import { barChartSvg } from './charts';

describe('barChartSvg', () => {
  it('draws one bar per value with its number written on it, labelled by the page title', async () => {
    const svg = await barChartSvg({ axisTitle: 'Prosent', max: 100, bars: [{ label: 'Godt', value: 40, text: '40 %' }, { label: 'Lite', value: 60, text: '60 %' }] }, { titleId: 'q1-title' });
    expect(svg.startsWith('<svg role="img" aria-labelledby="q1-title"')).toBe(true);
    expect(svg).toContain('viewBox=');
    expect(svg).not.toMatch(/^<svg[^>]* height=/);
    expect(svg).toContain('40 %');
    expect(svg).toContain('Godt');
    expect((svg.match(/<path[^>]*class="[^"]*"/g) ?? []).length).toBeGreaterThan(0);
  });

  it('escapes markup in labels: Vega writes text, never tags', async () => {
    const evil = '<script>alert("x")</script> & <b>æøå</b>';
    const svg = await barChartSvg({ axisTitle: '<img src=x onerror=alert(1)>', bars: [{ label: evil, value: 3, text: '3', group: '<i>gruppe</i>' }, { label: 'Bærum & Hå', value: 1, text: '1', group: 'x' }] }, { titleId: 't' });
    expect(svg).not.toMatch(/<script|<img|<b>|<i>/);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Bærum &amp; Hå');
  });
});
