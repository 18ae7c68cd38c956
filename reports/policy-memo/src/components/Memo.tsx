import type { BriefingView } from '@briefing/views'
import { Document, Page } from '@react-pdf/renderer'
import type { ComponentProps } from 'react'
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
 * The memo in reading order: header block, summary, background, analysis (comparison,
 * strategies, figures, chart, timeline, quotes), outlook, recommendations,
 * implications, sources; then the change log as an annex on its own page.
 */
export function Memo({ view, metadata }: { view: BriefingView; metadata: MemoMetadata }) {
  const frame = pageFrame(view)
  return (
    <Document {...metadata}>
      <Page size="A4" style={s.page} layout={frame}>
        <MemoHeader view={view} />
        <KeyJudgments view={view} />
        <Background view={view} />
        <ComparisonTable view={view} />
        <Strategies view={view} />
        <KeyFigures view={view} />
        <LeadershipChart view={view} />
        <Timeline view={view} />
        <Quotes view={view} />
        <Outlook view={view} />
        <Recommendations view={view} />
        <Implications view={view} />
        <Endnotes view={view} />
      </Page>
      <Page size="A4" style={s.page} layout={frame}>
        <ChangeLog view={view} />
      </Page>
    </Document>
  )
}
