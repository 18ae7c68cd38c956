import type { BriefingView, SectionId } from '@briefing/views'
import { Document, Page } from '@react-pdf/renderer'
import type { ComponentProps, FunctionComponent } from 'react'
import { s } from '../styles.ts'
import { Actions } from './Actions.tsx'
import { Background } from './Background.tsx'
import { ChangeLog } from './ChangeLog.tsx'
import { ComparisonTable } from './ComparisonTable.tsx'
import { Endnotes } from './Endnotes.tsx'
import { FrontPage } from './FrontPage.tsx'
import { Glossary } from './Glossary.tsx'
import { KeyFigures } from './KeyFigures.tsx'
import { LeadershipChart } from './LeadershipChart.tsx'
import { MemoHeader } from './MemoHeader.tsx'
import { MemoText } from './MemoText.tsx'
import { Outlook } from './Outlook.tsx'
import { pageFrame } from './PageFrame.tsx'
import { Quotes } from './Quotes.tsx'
import { Recommendations } from './Recommendations.tsx'
import { KEEP_WITH_NEXT } from './SectionHeading.tsx'
import { Strategies } from './Strategies.tsx'
import { Timeline } from './Timeline.tsx'

export type MemoMetadata = Omit<ComponentProps<typeof Document>, 'children' | 'style' | 'onRender'>

/**
 * The memo's part for each section of the registry (packages/views/src/sections/
 * registry.ts): a section without a part is a type error here. The order, which
 * sections form the annex (부록), and which are shown at all are the view's
 * (`view.sections`: a section with nothing to show, such as 용어 해설 without glossary
 * terms, is not in it, so its part is never rendered).
 */
const PARTS: Readonly<Record<SectionId, FunctionComponent<{ view: BriefingView }>>> = {
  summary: FrontPage,
  background: Background,
  comparison: ComparisonTable,
  strategies: Strategies,
  figures: KeyFigures,
  chart: LeadershipChart,
  timeline: Timeline,
  quotes: Quotes,
  outlook: Outlook,
  recommendations: Recommendations,
  implications: Actions,
  sources: Endnotes,
  glossary: Glossary,
  changes: ChangeLog,
}

/**
 * The memo in reading order: the header block and the front page, the analysis, then
 * the annex after a 부록 divider, closing with the colophon (the
 * edition + data fingerprint pair, printed once; issue 13).
 */
export function Memo({ view, metadata }: { view: BriefingView; metadata: MemoMetadata }) {
  const frame = pageFrame(view)
  // The view's sections, in its order: a section it leaves out has no part here.
  const parts = (annex: boolean) =>
    view.sections
      .filter((x) => x.annex === annex)
      .map(({ id }) => {
        const Part = PARTS[id]
        return <Part key={id} view={view} />
      })
  return (
    <Document {...metadata}>
      <Page size="A4" style={s.page} layout={frame}>
        <MemoHeader view={view} />
        {parts(false)}
        {/* The annex runs on in the same flow, so the last body page is not left half empty. */}
        <MemoText
          style={s.annexDivider}
          tag="P"
          minPresenceAhead={KEEP_WITH_NEXT}
          bookmark={{ title: view.frontLabels.annex }}
        >
          {view.frontLabels.annex}
        </MemoText>
        {parts(true)}
        <MemoText style={s.colophon} tag="P">
          {view.editionLines.colophon}
        </MemoText>
      </Page>
    </Document>
  )
}
