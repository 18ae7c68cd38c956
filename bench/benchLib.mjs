// @ts-check
// The pure parts of `pnpm bench` (bench.mjs): summaries, the one-figure edit, the README
// table. No I/O here, so tests/src/bench.test.ts can check them without running anything.

/** @typedef {import('./benchLib.d.mts').Stats} Stats @typedef {import('./benchLib.d.mts').RatioStats} RatioStats @typedef {import('./benchLib.d.mts').Target} Target @typedef {import('./benchLib.d.mts').Unit} Unit @typedef {import('./benchLib.d.mts').Results} Results */

/**
 * Median, min and max of samples; the median of an even count is the mean of the middle two.
 * @param {readonly number[]} samples
 * @returns {Stats}
 */
export function summarize(samples) {
  const xs = samples.filter((x) => Number.isFinite(x))
  if (xs.length === 0) throw new Error('summarize: no samples')
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  // Indexes within 0…length-1 of a non-empty array: `as number` only tells the compiler so.
  const at = (/** @type {number} */ i) => /** @type {number} */ (s[i])
  const median = s.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
  return { median, min: at(0), max: at(s.length - 1), runs: s.length }
}

/**
 * Ours ÷ bare. The figure judged against a target is the ratio of the medians; the spread
 * is the ratio of each run's pair (ours and bare ran back to back in that run), which a
 * slow minute on a shared machine moves less than it moves either series.
 * @param {readonly number[]} ours
 * @param {readonly number[]} bare
 * @returns {RatioStats}
 */
export function ratioOf(ours, bare) {
  const o = summarize(ours)
  const b = summarize(bare)
  const pairs = ours
    .map((x, i) => x / (bare[i] ?? Number.NaN))
    .filter((x) => Number.isFinite(x) && x > 0)
  const spread = pairs.length ? summarize(pairs) : undefined
  return {
    median: o.median / b.median,
    min: spread?.min ?? o.median / b.median,
    max: spread?.max ?? o.median / b.median,
    runs: pairs.length,
    pairedMedian: spread?.median,
  }
}

/**
 * Whether `value` meets `target` ({ op: '<=', value }); undefined when there is no target.
 * @param {number | undefined | null} value
 * @param {Target | undefined} target
 * @returns {boolean | undefined}
 */
export function meets(value, target) {
  if (!target || value === undefined || value === null || !Number.isFinite(value)) return undefined
  return target.op === '>=' ? value >= target.value : value <= target.value
}

/**
 * A one-figure edit of figures.yaml: the value of the first `key: true` figure whose value
 * is a plain integer (it shows on a key-figures card in the deck and in the memo's figure
 * table), raised by 7 × (run + 1). Every run gets a different value, none equals the
 * original, and the text around it is byte for byte the same.
 * @param {string} yaml
 * @param {number} run
 */
export function editFigure(yaml, run) {
  const blocks = yaml.split(/\n(?=\s*- id: )/)
  let offset = 0
  for (const block of blocks) {
    if (/\n\s*key: true\b/.test(block)) {
      const m = /\n(\s*value: )(\d+)[ \t]*(?=\r?\n)/.exec(block)
      if (m?.[1] && m[2]) {
        const start = offset + m.index + 1 + m[1].length
        const end = start + m[2].length
        const from = Number(m[2])
        const to = from + 7 * (run + 1)
        const id = /- id: (\S+)/.exec(block)?.[1] ?? '?'
        return { id, from, to, text: yaml.slice(0, start) + String(to) + yaml.slice(end) }
      }
    }
    offset += block.length + 1
  }
  throw new Error('figures.yaml has no key figure with a plain integer value to edit')
}

/**
 * 1234 ms → "1.23 s", 158 ms → "158 ms", in the unit the measure is kept in.
 * @param {number | undefined | null} value
 * @param {Unit} unit
 */
export function formatValue(value, unit) {
  if (value === undefined || value === null || !Number.isFinite(value)) return 'n/a'
  switch (unit) {
    case 'ms':
      if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`
    case 'MB':
      return `${Math.round(value)} MB`
    case 'KB':
      return `${Math.round(value)} KB`
    case 'ratio':
      return value.toFixed(2)
    default:
      return `${value} ${unit}`
  }
}

/**
 * "1.23 s (1.10–1.40)"; a single run shows only its value.
 * @param {Stats | undefined} s
 * @param {Unit} unit
 */
export function formatStats(s, unit) {
  if (!s) return 'n/a'
  const median = formatValue(s.median, unit)
  if (s.runs <= 1 || s.min === s.max) return median
  // The unit once, at the end, when min and max share it: "1.23 s (1.10–1.40 s)".
  const min = formatValue(s.min, unit)
  const max = formatValue(s.max, unit)
  const unitOf = (/** @type {string} */ text) => /\s(\S+)$/.exec(text)?.[1]
  const shared = unitOf(min) !== undefined && unitOf(min) === unitOf(max)
  return `${median} (${shared ? min.replace(/\s\S+$/, '') : min}–${max})`
}

/** @param {Target | undefined} target @param {Unit} unit */
function formatTarget(target, unit) {
  if (!target) return '—'
  return `${target.op === '>=' ? '≥' : '≤'} ${formatValue(target.value, unit)}`
}

/** "11 min", and how much of it went to waiting for other builds on a shared machine. */
/** @param {Results} results */
function minutes(results) {
  if (!results.wallSeconds) return 'wall time n/a'
  const m = (/** @type {number} */ s) => `${Math.round(s / 6) / 10} min`
  return results.othersSeconds
    ? `${m(results.wallSeconds)} in all, ${m(results.othersSeconds)} of it waiting for other checkouts' deck builds on this machine`
    : m(results.wallSeconds)
}

const cell = (/** @type {unknown} */ text) =>
  String(text).replaceAll('|', '\\|').replaceAll('\n', ' ')

/**
 * The Markdown block for the README: when and where, then one row per measure with its
 * median (min–max), the bare baseline and ours ÷ bare where there is one, its target
 * (issue #7) and whether the median met it.
 * @param {Results} results
 */
export function renderTable(results) {
  const m = results.machine
  const lines = [
    `Measured ${results.date.slice(0, 10)} by \`pnpm bench\` (${minutes(results)}) on ${m.os}, ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB RAM, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}.`,
    `Median (min–max) of ${results.runs} runs unless a row says otherwise; ours and the bare baselines ran interleaved in the same run. Load average ${m.loadBefore} at the start, ${m.loadAfter} at the end (${m.cores} cores).`,
    '',
    '| measure | ours | bare baseline | ours ÷ bare | target | |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of results.measures) {
    if (row.error) {
      lines.push(
        `| ${cell(row.label)} | failed: ${cell(row.error)} | | | ${formatTarget(row.target, row.targetOn === 'ratio' ? 'ratio' : row.unit)} | not measured |`,
      )
      continue
    }
    const judged = row.targetOn === 'ratio' ? row.ratio?.median : row.ours?.median
    const met = meets(judged, row.target)
    const status = met === undefined ? '' : met ? 'met' : '**missed**'
    const ours = row.oursText ?? formatStats(row.ours, row.unit)
    const bare = row.bare ? formatStats(row.bare, row.unit) : ''
    const ratio = row.ratio ? formatStats(row.ratio, 'ratio') : ''
    const target = formatTarget(row.target, row.targetOn === 'ratio' ? 'ratio' : row.unit)
    lines.push(
      `| ${cell(row.label)} | ${cell(ours)} | ${cell(bare)} | ${cell(ratio)} | ${target} | ${status} |`,
    )
  }
  const notes = results.measures.filter((r) => r.note)
  if (notes.length) {
    lines.push('')
    for (const r of notes) lines.push(`- ${r.label}: ${r.note}`)
  }
  return lines.join('\n')
}

export const START_MARK = '<!-- bench:start -->'
export const END_MARK = '<!-- bench:end -->'

/**
 * `text` with everything between the bench markers replaced by `block`; throws without them.
 * @param {string} text
 * @param {string} block
 */
export function spliceBetweenMarks(text, block) {
  const start = text.indexOf(START_MARK)
  const end = text.indexOf(END_MARK)
  if (start < 0 || end < start) throw new Error(`no ${START_MARK} … ${END_MARK} markers`)
  return `${text.slice(0, start + START_MARK.length)}\n${block}\n${text.slice(end)}`
}
