/**
 * The runtime guard against clipped slides: after render, every slide body is measured
 * and one that overflows is outlined in red and logged as an error (the browser test
 * fails on it). Checks are batched into one animation frame, so the print view, which
 * mounts every slide at once, lays the page out once rather than once per slide.
 */
type Check = () => void

const queue = new Set<Check>()
let scheduled = false

function flush(): void {
  scheduled = false
  const checks = [...queue]
  queue.clear()
  for (const check of checks) check()
}

export function scheduleFitCheck(check: Check): void {
  queue.add(check)
  if (scheduled) return
  scheduled = true
  requestAnimationFrame(flush)
}

/** Once the web fonts are in, measure again: text widths change with the real font. */
export function afterFonts(check: Check): void {
  void document.fonts?.ready.then(() => scheduleFitCheck(check))
}
