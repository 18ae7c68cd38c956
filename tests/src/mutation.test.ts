import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBriefing } from '@briefing/views/node'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { buildBoth, missingStrings } from './support/buildTo.ts'
import { normalise, readOutputs } from './support/outputs.ts'
import { root } from './support/run.ts'
import { deckDist, memoPdf } from './support/wholeOutputs.ts'

const count = (text: string, part: string): number => text.split(part).length - 1

/** The outputs `pnpm build` made from the shipped dataset (this task depends on that build). */
async function shippedOutputs() {
  const loaded = loadBriefing(join(root, 'shared-data'))
  if (!loaded.ok) throw new Error('the shipped dataset is invalid')
  return readOutputs(memoPdf, deckDist, loaded.view)
}

/**
 * An analyst changes a fact; both outputs must change with it, and neither may keep
 * the old value. Built with BRIEFING_DATA into a scratch folder, as `pnpm build` would.
 */
const work = mkdtempSync(join(tmpdir(), 'briefing-mutation-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function editYaml(
  dir: string,
  file: string,
  change: (doc: ReturnType<typeof parseDocument>) => void,
): void {
  const path = join(dir, file)
  const doc = parseDocument(readFileSync(path, 'utf8'))
  change(doc)
  writeFileSync(path, doc.toString())
}

const OLD = { figureValue: '최대 2년' }
const NEW = {
  figureValue: '최대 4년',
  sourceTitle: '변이 시험용으로 바꾼 출처 제목',
  rowDimension: '변이 시험용 새 비교 항목',
  rowAssessment: '새 항목의 평가 문장',
  eventTitle: '변이 시험용 새 사건',
}

describe('a changed dataset changes both outputs', () => {
  it('a new figure value, a renamed source, an added row and event, a removed recommendation', async () => {
    const dir = join(work, 'mutated')
    cpSync(join(root, 'shared-data'), dir, { recursive: true })
    const shipped = parseDocument(
      readFileSync(join(dir, 'recommendations.yaml'), 'utf8'),
    ).toJS() as {
      usDebate: Array<{ positions: Array<{ text: string }> }>
    }
    // The first debate's last position (the flat `recommendations` list is empty in
    // edition 1, issue 13); its text is said nowhere else.
    const debate = shipped.usDebate[0]?.positions ?? []
    const removed = debate.at(-1)?.text as string
    const sources = parseDocument(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toJS() as {
      sources: Array<{ id: string; title: string }>
    }
    const renamed = sources.sources[0] as { id: string; title: string }

    // As an analyst would: one number changed in figures.yaml and nowhere else.
    const figuresFile = join(dir, 'figures.yaml')
    const figuresText = readFileSync(figuresFile, 'utf8')
    const edited = figuresText.replace(/(- id: fig-us-lead-years\n {4}value:) 2\n/, '$1 4\n')
    if (edited === figuresText) throw new Error('fig-us-lead-years no longer reads "value: 2"')
    writeFileSync(figuresFile, edited)
    editYaml(dir, 'sources.yaml', (doc) => doc.setIn(['sources', 0, 'title'], NEW.sourceTitle))
    editYaml(dir, 'comparison.yaml', (doc) =>
      doc.addIn(['groups', 0, 'rows'], {
        id: 'cmp-mutation-test',
        dimension: NEW.rowDimension,
        us: '미국 쪽 서술',
        china: '중국 쪽 서술',
        assessment: NEW.rowAssessment,
        leader: 'contested',
        sources: [renamed.id],
      }),
    )
    editYaml(dir, 'timeline.yaml', (doc) =>
      doc.addIn(['events'], {
        id: 'ev-mutation-test',
        date: '2025-10-01',
        title: NEW.eventTitle,
        detail: '변이 시험용 사건의 내용',
        country: 'both',
        sources: [renamed.id],
      }),
    )
    editYaml(dir, 'recommendations.yaml', (doc) =>
      doc.deleteIn(['usDebate', 0, 'positions', debate.length - 1]),
    )

    const { view, out } = await buildBoth(dir, join(work, 'mutated-out'))
    expect(missingStrings(view, out)).toEqual([])
    for (const text of [
      NEW.figureValue,
      NEW.sourceTitle,
      NEW.rowDimension,
      NEW.rowAssessment,
      NEW.eventTitle,
    ]) {
      expect(out.memo, `memo shows ${text}`).toContain(normalise(text))
      expect(out.deckSlides, `deck shows ${text}`).toContain(normalise(text))
    }
    for (const text of [renamed.title, removed]) {
      expect(out.memo, `memo no longer shows ${text}`).not.toContain(normalise(text))
      expect(
        out.deckSlides + out.deckNotes + out.deckHandout,
        `deck no longer shows ${text}`,
      ).not.toContain(normalise(text))
    }
    // Every place that showed the old value now shows the new one, and only the new one:
    // counted in the shipped outputs (built from the unchanged figure) and in the new.
    const references = readdirSync(join(root, 'shared-data'))
      // deck.yaml is the talk's own words: the memo does not show them (issue 12).
      .filter((n) => n.endsWith('.yaml') && n !== 'deck.yaml')
      .reduce(
        (n, f) =>
          // In the data, not the file: a comment may show the syntax with this very id.
          n +
          count(
            JSON.stringify(
              parseDocument(readFileSync(join(root, 'shared-data', f), 'utf8')).toJS(),
            ),
            '{fig-us-lead-years}',
          ),
        0,
      )
    expect(references, 'the shipped prose refers to the figure').toBeGreaterThan(0)
    const before = await shippedOutputs()
    const oldValue = normalise(OLD.figureValue)
    const newValue = normalise(NEW.figureValue)
    // Its table row and each sentence that refers to it (the memo shows a figure once
    // since issue 13: no cards beside the table).
    expect(count(before.memoBody, oldValue)).toBeGreaterThanOrEqual(references + 1)
    // The handout prints the main-track slide that shows this figure: not vacuous.
    expect(count(before.deckHandout, oldValue), 'the handout shows the figure').toBeGreaterThan(0)
    for (const part of ['memo', 'deckSlides', 'deckNotes', 'deckHandout'] as const) {
      expect(out[part], `${part} still shows ${OLD.figureValue}`).not.toContain(oldValue)
      expect(
        count(out[part], newValue),
        `${part}: every ${OLD.figureValue} became ${NEW.figureValue}`,
      ).toBe(count(before[part], oldValue))
    }
    const figure = view.figures.find((f) => f.id === 'fig-us-lead-years')
    expect(figure?.value).toBe(NEW.figureValue)
    expect(out.memo).toContain(normalise(`${NEW.figureValue}${figure?.label}`))
    expect(out.deckSlides).toContain(normalise(`${NEW.figureValue}${figure?.label}`))
  }, 600_000)

  it('a minimal valid dataset (one source, one row, one judgment) still builds and reads correctly', async () => {
    const { view, out } = await buildBoth(
      join(root, 'packages/dataset/fixtures/minimal'),
      join(work, 'minimal-out'),
    )
    expect(view.sources).toHaveLength(1)
    expect(missingStrings(view, out)).toEqual([])
  }, 600_000)
})
