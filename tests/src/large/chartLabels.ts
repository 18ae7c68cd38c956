/**
 * Runs in the page (Chromium): the leadership chart's labels as laid out, against the
 * chart's own columns. The deck's overflow check leaves the inside of an <svg> alone (its
 * viewBox clips on purpose), so a row label that runs past the label column into the
 * markers, or a group label past the chart's right edge, is found here. Both outputs
 * draw the same geometry with the same font at one scale, so what crosses here crosses
 * in the memo too.
 */
export function chartLabelOverflow(no: number): string[] {
  const out: string[] = []
  const slide = document.querySelector(`.slidev-page-${no}`)
  for (const svg of Array.from(slide?.querySelectorAll('svg.chart') ?? [])) {
    const chart = svg as SVGSVGElement
    const width = chart.viewBox.baseVal.width
    const verticals = Array.from(chart.querySelectorAll('line'))
      .map((l) => l as SVGLineElement)
      .filter((l) => l.x1.baseVal.value === l.x2.baseVal.value)
      .map((l) => l.x1.baseVal.value)
    // The label column ends at the first vertical rule (the solid one left of the markers).
    const axis = verticals.length > 0 ? Math.min(...verticals) : width
    for (const t of Array.from(chart.querySelectorAll('text'))) {
      const text = t as SVGTextElement
      if (text.getAttribute('text-anchor') !== 'start') continue
      const box = text.getBBox()
      // Texts that start right of the rule are the legend's, in the marker columns.
      if (box.x >= axis) continue
      const limit = text.getAttribute('font-weight') === '700' ? width : axis
      if (box.x + box.width > limit + 0.5)
        out.push(
          `slide ${no}: chart label "${(text.textContent ?? '').slice(0, 30)}" ends at ${Math.round(box.x + box.width)}, past ${Math.round(limit)}`,
        )
    }
  }
  return out
}
