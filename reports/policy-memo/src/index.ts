/**
 * The printed policy memo: BriefingView → React-PDF → PDF bytes.
 *   load (@briefing/views/node) → renderMemo (render.ts) → writeMemo (writeMemo.ts)
 */
export { Memo, type MemoMetadata } from './components/Memo.tsx'
export { countPages, memoMetadata, renderMemo } from './render.ts'
export { type MemoBuild, writeMemo } from './writeMemo.ts'
