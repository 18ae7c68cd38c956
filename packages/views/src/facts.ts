import type { FactItem } from './atoms.ts'
import { SECTION_IDS, SECTIONS } from './sections/registry.ts'
import type { BriefingView } from './types.ts'

/** Every fact item of the briefing, section by section as the registry lists them. */
export function factItems(view: BriefingView): FactItem[] {
  const out: FactItem[] = []
  for (const id of SECTION_IDS) {
    SECTIONS[id].facts(view, (what, handle, atoms) => {
      if (handle.trim() !== '') out.push({ what, handle, atoms })
    })
  }
  return out
}
