import { type BriefingView, pageOf } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { PAGINATION_ARTIFACT } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'

/**
 * Issuer and "n / N" at the bottom of every page (the edition + fingerprint pair moved
 * to the colophon, issue 13: on every page it meant nothing to a reader). The numbers
 * come from the page template (PageFrame), not a render-prop <Text>: no lineHeight
 * can hide them (react-pdf #3402, #3566 hit render-prop page numbers). An artifact: a
 * screen reader does not read it on every page (the colophon carries the stamp).
 */
export function RunningFooter({
  view,
  pageNumber,
  totalPages,
}: {
  view: BriefingView
  pageNumber: number
  totalPages: number
}) {
  return (
    <View style={s.runningFooter} artifact={PAGINATION_ARTIFACT}>
      <MemoText style={s.footerText}>{view.header.issuer}</MemoText>
      <MemoText style={s.pageNumber}>{pageOf(view.labels.pageOf, pageNumber, totalPages)}</MemoText>
    </View>
  )
}
