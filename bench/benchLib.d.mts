export interface Stats {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
}
export interface RatioStats extends Stats {
  readonly pairedMedian?: number
}
export interface Target {
  readonly op: '<=' | '>='
  readonly value: number
}
export type Unit = 'ms' | 'MB' | 'KB' | 'ratio'
export interface Measure {
  readonly id: string
  readonly label: string
  readonly unit: Unit
  readonly ours?: Stats
  readonly oursText?: string
  readonly bare?: Stats
  readonly ratio?: Stats
  readonly target?: Target
  /** What the target applies to: ours' median (default) or the ratio's. */
  readonly targetOn?: 'ours' | 'ratio'
  readonly note?: string
  readonly error?: string
}
export interface Results {
  readonly date: string
  readonly wallSeconds?: number
  /** Seconds of the wall time spent waiting for, or redoing runs because of, other builds. */
  readonly othersSeconds?: number
  readonly runs: number
  readonly machine: {
    readonly os: string
    readonly cores: number
    readonly cpu: string
    readonly memoryGiB: number
    readonly node: string
    readonly chromium?: string
    readonly loadBefore: string
    readonly loadAfter?: string
  }
  readonly measures: readonly Measure[]
}
export declare function summarize(samples: readonly number[]): Stats
export declare function ratioOf(ours: readonly number[], bare: readonly number[]): RatioStats
export declare function meets(
  value: number | undefined,
  target: Target | undefined,
): boolean | undefined
export declare function editFigure(
  yaml: string,
  run: number,
): { id: string; from: number; to: number; text: string }
export declare function formatValue(value: number | undefined, unit: Unit): string
export declare function formatStats(s: Stats | undefined, unit: Unit): string
export declare function renderTable(results: Results): string
export declare const START_MARK: string
export declare const END_MARK: string
export declare function spliceBetweenMarks(text: string, block: string): string
