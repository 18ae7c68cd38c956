import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from '@briefing/workbench/chromium'
import { chromium } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { CHROMIUM_ARGS } from '../../decks/briefing/scripts/chromiumFlags.ts'
import { buildBoth } from './support/buildTo.ts'
import { normalise } from './support/outputs.ts'
import { root } from './support/run.ts'
import { serveStatic } from './support/serve.ts'

/**
 * Text in the dataset never becomes code: HTML, Vue templates, Markdown and Slidev
 * syntax appear literally in both outputs, and nothing in them runs in a browser.
 */
const HOSTILE = {
  script: '<script>window.__pwned = 1</script> 태그',
  img: '<img src=x onerror="window.__pwned = 2"> 그림',
  vue: '{{ 7 * 7 }} 와 v-html="x" 문법',
  slidev: '--- layout: cover --- <v-click>클릭</v-click>',
  markdown: '**굵게** [링크](https://example.org/) `코드` # 제목',
}

const work = mkdtempSync(join(tmpdir(), 'briefing-hostile-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function hostileDataset(): string {
  const dir = join(work, 'data')
  cpSync(join(root, 'shared-data'), dir, { recursive: true })
  const edit = (file: string, path: (string | number)[], value: string) => {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'))
    doc.setIn(path, value)
    writeFileSync(join(dir, file), doc.toString())
  }
  edit('comparison.yaml', ['groups', 0, 'rows', 0, 'assessment'], HOSTILE.script)
  edit('figures.yaml', ['figures', 0, 'label'], HOSTILE.img)
  edit('timeline.yaml', ['events', 0, 'title'], HOSTILE.vue)
  edit('background.yaml', ['context', 0, 'heading'], HOSTILE.slidev)
  // The debate's first position: the memo prints it in 11, the deck in its list of
  // recommendations (the flat `recommendations` list is empty in edition 1, issue 13).
  edit('recommendations.yaml', ['usDebate', 0, 'positions', 0, 'text'], HOSTILE.markdown)
  edit('judgments.yaml', ['keyJudgments', 0, 'basis'], `${HOSTILE.script} ${HOSTILE.vue}`)
  return dir
}

describe('hostile text in the dataset', () => {
  it('appears literally in both outputs and never runs in the deck', async () => {
    const outDir = join(work, 'out')
    const { out } = await buildBoth(hostileDataset(), outDir)
    for (const [name, text] of Object.entries(HOSTILE)) {
      expect(out.memo, `memo shows ${name} literally`).toContain(normalise(text))
      expect(out.deckSlides, `deck shows ${name} literally`).toContain(normalise(text))
    }

    const executablePath = findChromium()
    if (!executablePath) throw new Error('no Chromium: set CHROMIUM_PATH')
    const server = await serveStatic(join(outDir, 'deck'))
    // The project's one set of launch flags, offline ones included (issue 15, class F).
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const dialogs: string[] = []
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      const seen: string[] = []
      for (const path of ['/presenter/1', ...Array.from({ length: 40 }, (_, i) => `/${i + 1}`)]) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
        // innerText, not textContent: what a person sees, with hidden nodes left out.
        // biome-ignore lint/performance/useDomNodeTextContent: visibility is the point here
        seen.push(await page.evaluate(() => document.body.innerText))
        expect(
          await page.evaluate(() => (window as { __pwned?: number }).__pwned),
          path,
        ).toBeUndefined()
      }
      const visible = normalise(seen.join('\n'))
      for (const [name, text] of Object.entries(HOSTILE)) {
        expect(visible, `the deck shows ${name} as typed`).toContain(normalise(text))
      }
      expect(dialogs).toEqual([])
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      )
      // `./#/…`: Slidev's own links in the one-file deck, whose base is `./` (issue 12).
      for (const href of links)
        expect(href, 'only http(s) and in-app links').toMatch(/^(https?:|\/|#|\.\/#)/)
    } finally {
      await browser.close()
      await server.close()
    }
  }, 600_000)
})
