import { join } from 'node:path'
import { type BriefingView, stringsBothShow } from '@briefing/views'
import { loadBriefing } from '@briefing/views/node'
import { normalise, type Outputs, readOutputs } from './outputs.ts'
import { run, tsx } from './run.ts'

/**
 * Builds both outputs from a dataset folder into `outDir` (never over the shipped
 * outputs), with the same build scripts `pnpm build` runs, and reads them back.
 */
export async function buildBoth(
  dataDir: string,
  outDir: string,
): Promise<{ view: BriefingView; out: Outputs }> {
  const env = { BRIEFING_DATA: dataDir }
  const memoPdf = join(outDir, 'policy-memo.pdf')
  const deckDist = join(outDir, 'deck')
  const memo = await run(
    tsx,
    ['reports/policy-memo/src/cli/build.ts', '--out', memoPdf],
    env,
    180_000,
  )
  if (memo.code !== 0) throw new Error(`memo build failed:\n${memo.stderr}${memo.stdout}`)
  const deck = await run(tsx, ['decks/briefing/scripts/build.ts', '--out', deckDist], env, 300_000)
  if (deck.code !== 0) throw new Error(`deck build failed:\n${deck.stderr}${deck.stdout}`)
  const loaded = loadBriefing(dataDir)
  if (!loaded.ok) throw new Error(`dataset at ${dataDir} is invalid`)
  return { view: loaded.view, out: await readOutputs(memoPdf, deckDist, loaded.view) }
}

/** Every declared string the outputs lack: [] when both agree with the views. */
export function missingStrings(view: BriefingView, out: Outputs): string[] {
  const missing: string[] = []
  for (const s of stringsBothShow(view)) {
    const text = normalise(s.text)
    if (!out.memoBody.includes(text)) missing.push(`memo lacks ${s.what}: ${s.text}`)
    // Memo-only strings (views shownIn.ts MEMO_ONLY, each with its reason) skip the deck.
    if (s.deck === 'memoOnly') continue
    const deck = s.deck === 'slide' ? out.deckSlides : out.deckNotes
    if (!deck.includes(text)) missing.push(`deck ${s.deck} lacks ${s.what}: ${s.text}`)
  }
  return missing
}
