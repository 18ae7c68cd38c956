import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/** Title and handling marking at the top of every page. */
export function RunningHeader({ view }: { view: BriefingView }) {
  return (
    <View style={s.runningHeader}>
      <MemoText style={s.runningTitle}>{view.header.runningTitle}</MemoText>
      <MemoText style={s.classification}>{view.header.classification}</MemoText>
    </View>
  )
}
