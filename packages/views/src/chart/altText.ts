import type { Messages } from '../messages/types.ts'

/** One drawn row of the chart: its label and the column its marker sits in. */
export interface ChartAltRow {
  readonly dimension: string
  /** The column's key (an actor's key or "contested"). */
  readonly leader: string
  /** Its evidence base (views/src/evidence.ts): multi, single-source or blog-only. */
  readonly evidence: 'single-source' | 'blog-only' | 'multi'
}

/** One band of the chart (a comparison group) with its rows, as drawn. */
export interface ChartAltGroup {
  readonly label: string
  readonly rows: readonly ChartAltRow[]
}

/** A column of the chart: its key and its words ("미국 우위", "경합"). */
export interface ChartAltColumn {
  readonly key: string
  readonly label: string
}

/**
 * The chart's alternative text, in the dataset's language, from the rows the chart draws
 * (leadershipChart passes what it drew): the title, then per group how many rows, who leads
 * how many of them and which, the actors first and "contested" last as in the caption, and
 * the rows that rest on one document, and those that rest on the blog alone. A screen reader reads this instead of the shapes.
 */
export function chartAltText(
  title: string,
  groups: readonly ChartAltGroup[],
  columns: readonly ChartAltColumn[],
  m: Pick<Messages, 'chartAlt' | 'listSeparator'>,
): string {
  const ordered = [
    ...columns.filter((c) => c.key !== 'contested'),
    ...columns.filter((c) => c.key === 'contested'),
  ]
  const list = (rows: readonly ChartAltRow[]) => rows.map((r) => r.dimension).join(m.listSeparator)
  const parts = groups.map((group) => {
    const counts = ordered
      .map((col) => ({ col, rows: group.rows.filter((r) => r.leader === col.key) }))
      .filter((x) => x.rows.length > 0)
      .map((x) => m.chartAlt.count(x.col.label, x.rows.length, list(x.rows)))
      .join(m.listSeparator)
    const single = group.rows.filter((r) => r.evidence === 'single-source')
    const blog = group.rows.filter((r) => r.evidence === 'blog-only')
    return [
      m.chartAlt.group(group.label, group.rows.length, counts),
      ...(single.length > 0 ? [m.chartAlt.singleSource(list(single))] : []),
      ...(blog.length > 0 ? [m.chartAlt.blogOnly(list(blog))] : []),
    ].join(' ')
  })
  return [`${title}.`, ...parts].join(' ')
}
