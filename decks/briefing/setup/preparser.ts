/**
 * Slidev's preparser hook: before Slidev reads slides.md, expand each `plan: <kind>`
 * slide into the slides the view needs, with speaker notes from the view. slides.md
 * itself keeps order and layout only; the facts arrive here and in the components.
 * Runs in `slidev` (dev), `slidev build` and `slidev export`, and again whenever the
 * Vite plugin (src/vite/briefingData.ts) sees a dataset file change.
 */
import { definePreparserSetup } from '@slidev/types'
import { lastGoodView, loadDeckView, problemsText } from '../src/data/loadView.ts'
import { expandSlides } from '../src/plan/expand.ts'
import { planDeck } from '../src/plan/plan.ts'

export default definePreparserSetup(({ filepath, mode }) => [
  {
    name: 'briefing:expand-slides',
    async transformRawLines(lines) {
      if (!/(^|[\\/])slides\.md$/.test(filepath)) return
      const strict = mode === 'build' || mode === 'export'
      const loaded = await loadDeckView()
      let view = loaded.ok ? loaded.view : undefined
      if (!loaded.ok) {
        const message = `briefing deck: the dataset in ${loaded.dir} is invalid:\n${await problemsText(loaded)}`
        if (strict) throw new Error(message)
        console.error(message)
        view = lastGoodView()
      }
      const plan = view ? planDeck(view) : undefined
      if (plan && plan.problems.length > 0) {
        const message = `briefing deck: content does not fit its slides:\n${plan.problems.join('\n')}`
        if (strict) throw new Error(message)
        console.warn(message)
      }
      // A build's site holds no content; its notes come with the data (issue 17).
      const notesInSlides = mode !== 'build'
      lines.splice(0, lines.length, ...expandSlides(lines, view, plan, { notesInSlides }).lines)
    },
  },
])
