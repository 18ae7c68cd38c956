import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderMessage } from '@briefing/dataset'
import type { BriefingView } from '@briefing/views'
import { leadershipChart, messagesFor, SECTION_IDS, TALK_CHART_FONT } from '@briefing/views'
import { loadBriefing } from '@briefing/views/node'
import { describe, expect, it } from 'vitest'
import { chartParts } from '../src/plan/chartWindows.ts'
import { expandSlides, splitSlides } from '../src/plan/expand.ts'
import { escapeMarkdown, notesFor } from '../src/plan/notes.ts'
import { footerCounter } from '../src/plan/pageOf.ts'
import { planDeck, SLIDE_KINDS, SLIDES_OF } from '../src/plan/plan.ts'

const deck = join(import.meta.dirname, '..')
const fixture = join(deck, '../../packages/dataset/fixtures/minimal')
const slidesMd = readFileSync(join(deck, 'slides.md'), 'utf8').split('\n')

function fixtureView(): BriefingView {
  const loaded = loadBriefing(fixture)
  if (!loaded.ok) throw new Error('the minimal fixture should be valid')
  return loaded.view
}

/** The fixture with one comparison group grown to `rows` long rows. */
function grown(view: BriefingView, rows: number, text: string): BriefingView {
  const g = view.comparison[0] as BriefingView['comparison'][number]
  const row = g.rows[0] as (typeof g.rows)[number]
  const many = Array.from({ length: rows }, (_, i) => ({
    ...row,
    id: `r${i}`,
    positions: row.positions.map((p) => ({ ...p, text })),
    assessment: text,
  }))
  return { ...view, comparison: [{ ...g, rows: many }] }
}

describe('slide plan', () => {
  it('gives every kind its pages from the minimal fixture', () => {
    const plan = planDeck(fixtureView())
    expect(plan.problems).toEqual([])
    expect(plan.judgments).toHaveLength(1)
    expect(plan.comparison).toHaveLength(1)
    expect(plan.disagreements).toHaveLength(0)
    // The chart is the comparison talk slide's picture, not an appendix slide.
    const chartSlides = plan.talk.filter((p) => p.bands)
    expect(chartSlides.length).toBeGreaterThan(0)
    for (const p of chartSlides) expect(p.scale).toBeGreaterThan(1)
  })

  it('shows each strategy once, its overview first, and numbers a section’s slides on', () => {
    const view = fixtureView()
    const plan = planDeck(view)
    // One run a country: the overview on its first page only, every pillar once.
    view.strategies.forEach((s, g) => {
      const run = plan.pillars.filter((p) => p.group === g)
      expect(run.map((p) => p.overview)).toEqual(run.map((_, i) => i === 0))
      expect(run.flatMap((p) => p.items)).toEqual(s.pillars.map((_, i) => i))
    })
    // The running header counts over the section, not over each run.
    expect(plan.pillars.map((p) => p.sectionPage)).toEqual(plan.pillars.map((_, i) => i + 1))
    expect(new Set(plan.pillars.map((p) => p.sectionPages))).toEqual(new Set([plan.pillars.length]))
    const outlook = [...plan.horizons, ...plan.disagreements]
    expect(outlook.map((p) => p.sectionPage)).toEqual(outlook.map((_, i) => i + 1))
    // Section numbers in the appendix run 1, 2, 3, … with no gap for a section it does not show.
    const headings = SLIDE_KINDS.filter((k) => k !== 'talk' && k !== 'divider').flatMap((k) =>
      plan[k].map((p) => p.heading ?? ''),
    )
    const numbers = [...new Set(headings.map((h) => Number(h.split('.')[0])))]
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    expect(headings.filter((h) => h === '')).toEqual([])
  })

  it('splits a comparison group onto more slides when its rows do not fit', () => {
    const view = grown(
      fixtureView(),
      14,
      '긴 설명 문장이 여러 줄로 이어지는 비교 항목의 내용 '.repeat(2),
    )
    const pages = planDeck(view).comparison
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 14 }, (_, i) => i))
    expect(pages.every((p) => p.pages === pages.length)).toBe(true)
  })

  it('names the slide when one item cannot fit any slide', () => {
    const view = grown(fixtureView(), 1, '끝없이 길어지는 셀 내용 '.repeat(60))
    const plan = planDeck(view)
    expect(plan.problems.map((p) => renderMessage(p.message, 'en')).join('\n')).toMatch(
      /deck slide "comparison: .*": ".*" needs about \d+ px/,
    )
  })

  it('splits a disagreement taller than a slide between its positions, topic on each slide', () => {
    const view = fixtureView()
    const citation = view.comparison[0]?.rows[0]?.citation ?? { numbers: [], text: '' }
    const position = (i: number) => ({
      holder: `보유자 ${i}`,
      view: '여러 줄에 걸쳐 이어지는 긴 견해 문장 '.repeat(12),
      citation,
    })
    const disagreement = {
      id: 'd-long',
      topic: '긴 쟁점',
      positions: Array.from({ length: 6 }, (_, i) => position(i)),
      note: '쟁점에 대한 주석',
    }
    const plan = planDeck({
      ...view,
      outlook: { ...view.outlook, disagreements: [disagreement] },
    })
    expect(plan.problems).toEqual([])
    expect(plan.disagreements.length).toBeGreaterThan(1)
    const blocks = plan.disagreements.flatMap((p) => p.blocks)
    expect(blocks.every((b) => b.disagreement === 0)).toBe(true)
    expect(blocks.flatMap((b) => b.positions)).toEqual([0, 1, 2, 3, 4, 5])
    expect(blocks.map((b) => b.note)).toEqual(blocks.map((_, i) => i === blocks.length - 1))
    expect(plan.disagreements.every((p) => p.items.length === 1 && p.items[0] === 0)).toBe(true)
  })

  it('names the disagreement and the holder when one position cannot fit any slide', () => {
    const view = fixtureView()
    const citation = view.comparison[0]?.rows[0]?.citation ?? { numbers: [], text: '' }
    const plan = planDeck({
      ...view,
      outlook: {
        ...view.outlook,
        disagreements: [
          {
            id: 'd-huge',
            topic: '끝없는 쟁점',
            positions: [
              { holder: '짧은 견해', view: '짧음', citation },
              { holder: '긴 견해', view: '끝없이 길어지는 견해 '.repeat(150), citation },
            ],
          },
        ],
      },
    })
    expect(plan.problems.map((p) => renderMessage(p.message, 'en')).join('\n')).toMatch(
      /deck slide "disagreements: .*": "끝없는 쟁점 · 긴 견해" needs about \d+ px/,
    )
    // Named by the item's id, so data:check can point at it in the dataset.
    expect(plan.problems.map((p) => p.id)).toContain('d-huge')
  })

  it('finds the chart header, group blocks and legend in the geometry', () => {
    const view = fixtureView()
    const parts = chartParts(view.chart)
    expect(parts.header.top).toBe(0)
    expect(parts.groups).toHaveLength(view.comparison.length)
    expect(parts.groups[0]?.rows).toHaveLength(view.comparison[0]?.rows.length ?? -1)
    expect(parts.legend.bottom).toBe(view.chart.height)
  })
})

describe('the deck follows the section registry', () => {
  it('gives every slide kind to exactly one section', () => {
    const owners = SLIDE_KINDS.map((kind) =>
      SECTION_IDS.filter((id) => SLIDES_OF[id].includes(kind)),
    )
    expect(owners.filter((o) => o.length !== 1)).toEqual([])
  })

  it('plans every slide kind in slides.md, once each, in deck order', () => {
    const planned = slidesMd.flatMap((line) => /^plan:\s*(\w+)\s*$/.exec(line)?.[1] ?? [])
    expect(planned).toEqual([...SLIDE_KINDS])
  })
})

describe('slides.md expansion', () => {
  it('keeps slides.md free of facts: only kinds and components', () => {
    const chunks = splitSlides(slidesMd)
    expect(chunks.length).toBeGreaterThan(10)
    const view = fixtureView()
    const text = slidesMd.join('\n')
    for (const s of [view.header.title, view.stamp.fingerprint, view.header.classification])
      expect(text).not.toContain(s)
  })

  it('expands every planned slide with its part and notes, and no title from the data', () => {
    const view = fixtureView()
    const plan = planDeck(view)
    const out = expandSlides(slidesMd, view, plan)
    const total = Object.entries(plan).reduce(
      (n, [k, v]) => (k === 'problems' ? n : n + (v as unknown[]).length),
      0,
    )
    expect(out.slides).toHaveLength(total)
    const text = out.lines.join('\n')
    // Slidev compiles a frontmatter `title` as Markdown into a Vue template: dataset text
    // never goes there (issue 15, class A); titles reach Slidev as text (slideTitle.ts).
    expect(text).not.toMatch(/^title:/m)
    expect(text).not.toContain(view.header.title)
    expect(out.slides.find((s) => s.kind === 'comparison')?.title).toBe(
      view.comparison[0]?.takeaway,
    )
    // Notes for speaking: each main-track slide's talk track and timing, never its headline
    // again; every slide has notes (the appendix one line, and on judgment and timeline
    // slides the basis, dissent and date basis their slides leave out, for questions).
    const talkNotes = out.slides.filter((s) => s.kind === 'talk')
    expect(talkNotes).toHaveLength(view.talk.slides.length)
    view.talk.slides.forEach((t, i) => {
      const n = talkNotes[i]?.notes ?? ''
      expect(n).toContain(escapeMarkdown(t.talk))
      expect(n).toContain(escapeMarkdown(t.timing))
      expect(n).not.toContain(escapeMarkdown(t.headline))
    })
    expect(out.slides.filter((s) => s.kind && s.notes.trim() === '')).toEqual([])
    // A key judgment no talk slide shows is named, with where it is, in the notes of the
    // bottom line (the first judgments slide), so the briefer can answer a question on it.
    const onTalk = new Set(
      view.talk.slides.flatMap((t) =>
        t.evidence.kind === 'judgments' ? t.evidence.judgments.map((j) => j.index) : [],
      ),
    )
    const bottom = talkNotes[view.talk.slides.findIndex((t) => t.evidence.kind === 'judgments')]
    for (const j of view.keyJudgments.filter((_, i) => !onTalk.has(i)))
      expect(bottom?.notes, j.id).toContain(`${j.number}\\. ${escapeMarkdown(j.statement)}`)
    const appendix = out.slides.filter((s) => s.kind && s.kind !== 'talk')
    for (const s of appendix.filter((x) => x.kind !== 'judgments' && x.kind !== 'timeline'))
      expect(s.notes.split('\n'), s.kind).toHaveLength(1)
    const said = appendix.map((s) => s.notes).join('\n')
    for (const j of view.keyJudgments) expect(said).toContain(escapeMarkdown(j.basis))
    for (const ev of view.timeline)
      if (ev.dateBasis) expect(said).toContain(escapeMarkdown(ev.dateBasis))
    // Without a view (invalid dataset, dev server) each planned slide stays single.
    expect(expandSlides(slidesMd, undefined, undefined).slides).toHaveLength(
      splitSlides(slidesMd).length,
    )
  })

  it('escapes dataset text so notes stay plain text', () => {
    expect(escapeMarkdown('a <b> *c* [1] --> 55~80%')).toBe(
      'a &lt;b&gt; \\*c\\* \\[1\\] --&gt; 55\\~80%',
    )
  })
})

describe('the talk’s chart', () => {
  it('is refused, at its deck.yaml slide, when its group is too tall for 24 px labels', () => {
    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error('shared-data is not valid')
    const view = loaded.view
    const at = view.talk.slides.findIndex((s) => s.evidence.kind === 'comparison')
    const slide = view.talk.slides[at]
    if (!slide || slide.evidence.kind !== 'comparison') throw new Error('no chart slide')
    // As shipped the group fits.
    expect(planDeck(view).problems.filter((p) => p.id === slide.id)).toEqual([])
    // The same group with its rows three times over, drawn as the talk draws it.
    const ev = slide.evidence
    const group = view.comparison[ev.group]
    if (!group) throw new Error('no group')
    const tall = {
      ...group,
      rows: [0, 1, 2].flatMap((n) => group.rows.map((r) => ({ ...r, id: `${r.id}-${n}` }))),
    }
    const chart = leadershipChart([tall], view.actors, messagesFor(view.language), TALK_CHART_FONT)
    const slides = view.talk.slides.map((s, i) =>
      i === at ? { ...s, evidence: { ...ev, chart } } : s,
    )
    const comparison = view.comparison.map((g, i) => (i === ev.group ? tall : g))
    const problems = planDeck({ ...view, comparison, talk: { ...view.talk, slides } }).problems
    expect(
      problems.filter((p) => p.id === slide.id).map((p) => (p.message as { key: string }).key),
    ).toEqual(['deck.chartTooSmall'])
  })
})

describe('the footer counter', () => {
  it('counts the talk on the main track and the appendix on its own after the divider', () => {
    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error('shared-data is not valid')
    const view = loaded.view
    const main = view.talk.slides.length
    const total = main + 1 + 30
    expect(footerCounter(view, 1, total)).toBe(`1 / ${main}`)
    expect(footerCounter(view, main, total)).toBe(`${main} / ${main}`)
    expect(footerCounter(view, main + 1, total)).toBe('')
    expect(footerCounter(view, main + 2, total)).toBe(`${view.labels.appendix} 1 / 30`)
    expect(footerCounter(view, total, total)).toBe(`${view.labels.appendix} 30 / 30`)
  })
  it('the bottom line’s notes name, in the shipped data, the judgments no talk slide shows', () => {
    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error('shared-data is not valid')
    const view = loaded.view
    const onTalk = new Set(
      view.talk.slides.flatMap((t) =>
        t.evidence.kind === 'judgments' ? t.evidence.judgments.map((j) => j.index) : [],
      ),
    )
    const left = view.keyJudgments.filter((_, i) => !onTalk.has(i))
    expect(left.length).toBeGreaterThan(0)
    const at = view.talk.slides.findIndex((t) => t.evidence.kind === 'judgments')
    // notesFor reads only the talk page's slide index; the rest of a planned page is not needed.
    const page = { slide: at } as unknown as Parameters<typeof notesFor>[2]
    const notes = notesFor(view, 'talk', page).join('\n')
    for (const j of left)
      expect(notes, j.id).toContain(`${j.number}\\. ${escapeMarkdown(j.statement)}`)
    expect(notes).toContain(view.talk.words.appendix)
  })
})

describe('the appendix’s estimative key and glossary', () => {
  it('puts 추정 표현의 뜻 after the judgments and 용어 해설 after the sources, every term once', () => {
    const loaded = loadBriefing()
    if (!loaded.ok) throw new Error('shared-data is not valid')
    const view = loaded.view
    const plan = planDeck(view)
    expect(plan.problems).toEqual([])
    expect(SLIDE_KINDS.indexOf('scale')).toBe(SLIDE_KINDS.indexOf('judgments') + 1)
    expect(SLIDE_KINDS.indexOf('glossary')).toBe(SLIDE_KINDS.indexOf('sources') + 1)
    const terms = view.scale.likelihood.length + view.scale.confidence.length
    expect(plan.scale.flatMap((p) => p.items)).toEqual(Array.from({ length: terms }, (_, i) => i))
    expect(plan.scale.map((p) => p.note)).toEqual(plan.scale.map((_, i) => i === 0))
    expect(view.glossary.entries.length).toBeGreaterThan(0)
    expect(plan.glossary.flatMap((p) => p.items)).toEqual(view.glossary.entries.map((_, i) => i))
    // Nine two-line definitions at 19 px do not fit one slide: split, counted over the section.
    expect(plan.glossary.length).toBeGreaterThan(1)
    expect(plan.glossary.map((p) => p.sectionPage)).toEqual(plan.glossary.map((_, i) => i + 1))
    expect(plan.glossary[0]?.heading).toMatch(/용어 해설$/)
  })

  it('has no glossary slide for a dataset without glossary terms (the minimal fixture)', () => {
    const view = fixtureView()
    expect(view.glossary.entries).toEqual([])
    const plan = planDeck(view)
    expect(plan.glossary).toEqual([])
    // The change log's running header numbers on without a gap where the glossary would be.
    const numbers = [plan.sources[0]?.heading, plan.changes[0]?.heading].map((h) =>
      Number(/^(\d+)\./.exec(h ?? '')?.[1]),
    )
    expect(numbers[1]).toBe((numbers[0] ?? 0) + 1)
  })
})
