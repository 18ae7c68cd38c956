/**
 * Cuts a list of item heights into pages of at most `capacity` px: first the fewest
 * pages (greedy), then the same number of pages with the items spread evenly, so a
 * table of six rows becomes 3 + 3 rather than 5 + 1. An item taller than a page gets
 * a page of its own and is reported in `tooTall`.
 */
export interface Pages {
  readonly pages: number[][]
  readonly tooTall: number[]
}

export function paginate(
  heights: readonly number[],
  capacity: number,
  /** Spread over this many pages even if fewer would do (two columns that run side by side). */
  atLeast = 1,
): Pages {
  const tooTall = heights.flatMap((h, i) => (h > capacity ? [i] : []))
  const fill = (cap: number): number[][] => {
    const pages: number[][] = []
    let current: number[] = []
    let used = 0
    heights.forEach((h, i) => {
      if (current.length > 0 && used + h > cap) {
        pages.push(current)
        current = []
        used = 0
      }
      current.push(i)
      used += h
    })
    if (current.length > 0 || pages.length === 0) pages.push(current)
    return pages
  }
  const fewest = fill(capacity)
  const target = Math.min(Math.max(fewest.length, atLeast), heights.length)
  if (target <= 1) return { pages: fewest, tooTall }
  // Smallest capacity that still gives as few pages: the most even split.
  let lo = Math.max(...heights.filter((h) => h <= capacity), 1)
  let hi = capacity
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (fill(mid).length <= target) hi = mid
    else lo = mid
  }
  const even = fill(hi)
  return { pages: even.length <= target ? even : fewest, tooTall }
}
