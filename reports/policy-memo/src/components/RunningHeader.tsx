import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { PAGINATION_ARTIFACT } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'

/** Title and handling marking at the top of every page: an artifact, read once (page 1). */
export function RunningHeader({ view }: { view: BriefingView }) {
  return (
    <View style={s.runningHeader} artifact={PAGINATION_ARTIFACT}>
      <MemoText style={s.runningTitle}>{view.header.runningTitle}</MemoText>
      <MemoText style={s.classification}>{view.header.classification}</MemoText>
    </View>
  )
}
