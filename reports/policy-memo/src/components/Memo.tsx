import { type BriefingView, SECTION_IDS, type SectionId } from '@briefing/views'
import { Document, Page } from '@react-pdf/renderer'
import type { ComponentProps, FunctionComponent } from 'react'
import { s } from '../styles.ts'
import { Background } from './Background.tsx'
import { ChangeLog } from './ChangeLog.tsx'
import { ComparisonTable } from './ComparisonTable.tsx'
import { Endnotes } from './Endnotes.tsx'
import { Implications } from './Implications.tsx'
import { KeyFigures } from './KeyFigures.tsx'
import { KeyJudgments } from './KeyJudgments.tsx'
import { LeadershipChart } from './LeadershipChart.tsx'
import { MemoHeader } from './MemoHeader.tsx'
import { Outlook } from './Outlook.tsx'
import { pageFrame } from './PageFrame.tsx'
import { Quotes } from './Quotes.tsx'
import { Recommendations } from './Recommendations.tsx'
import { Strategies } from './Strategies.tsx'
import { Timeline } from './Timeline.tsx'

export type MemoMetadata = Omit<ComponentProps<typeof Document>, 'children' | 'style' | 'onRender'>

/**
 * The memo's part for each section of the registry (packages/views/src/sections/
 * registry.ts), and whether it runs in the body or on the annex page: a section
 * without a part is a type error here. The order is the registry's.
 */
const PARTS: Readonly<
  Record<SectionId, { Part: FunctionComponent<{ view: BriefingView }>; annex?: true }>
> = {
  summary: { Part: KeyJudgments },
  background: { Part: Background },
  comparison: { Part: ComparisonTable },
  strategies: { Part: Strategies },
  figures: { Part: KeyFigures },
  chart: { Part: LeadershipChart },
  timeline: { Part: Timeline },
  quotes: { Part: Quotes },
  outlook: { Part: Outlook },
  recommendations: { Part: Recommendations },
  implications: { Part: Implications },
  sources: { Part: Endnotes },
  changes: { Part: ChangeLog, annex: true },
}

/**
 * The memo in reading order: the header block, then the sections in the registry's
 * order; the annex sections (the change log) on a page of their own.
 */
export function Memo({ view, metadata }: { view: BriefingView; metadata: MemoMetadata }) {
  const frame = pageFrame(view)
  const parts = (annex: boolean) =>
    SECTION_IDS.filter((id) => (PARTS[id].annex === true) === annex).map((id) => {
      const { Part } = PARTS[id]
      return <Part key={id} view={view} />
    })
  return (
    <Document {...metadata}>
      <Page size="A4" style={s.page} layout={frame}>
        <MemoHeader view={view} />
        {parts(false)}
      </Page>
      <Page size="A4" style={s.page} layout={frame}>
        {parts(true)}
      </Page>
    </Document>
  )
}
