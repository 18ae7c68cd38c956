import type { BriefingView } from '@briefing/views'
import { type Page, View } from '@react-pdf/renderer'
import type { ComponentProps } from 'react'
import { RunningFooter } from './RunningFooter.tsx'
import { RunningHeader } from './RunningHeader.tsx'

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>
export type PageLayoutProps = Parameters<PageLayout>[0]

/**
 * The chrome around every page: running header, the flowing content, running
 * footer with "n / N". Given to <Page layout>, React-PDF 4.9's page template: the
 * chrome gets its space reserved on each page and the page numbers come in as
 * props. (Absolute `fixed` chrome with a render-prop page number was dropped by the
 * new pagination engine, and under the old one forced a relayout of the whole
 * remaining document at every page break.)
 */
export function pageFrame(view: BriefingView): PageLayout {
  return function MemoPage({ pageNumber, totalPages, children }: PageLayoutProps) {
    return (
      <>
        <RunningHeader view={view} />
        {/* Grows so the footer sits at the bottom of short pages too. */}
        <View style={{ flexGrow: 1 }}>{children}</View>
        <RunningFooter view={view} pageNumber={pageNumber ?? 1} totalPages={totalPages ?? 1} />
      </>
    )
  }
}
