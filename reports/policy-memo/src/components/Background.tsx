import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Background: the strategic context, one paragraph per point with a run-in heading. */
export function Background({ view }: { view: BriefingView }) {
  return (
    <>
      <SectionHeading view={view} id="background" />
      {view.background.map((c) => (
        <View key={c.id} style={{ marginBottom: 4 }}>
          <MemoText style={s.paragraph} orphans={2} widows={2} tag="P">
            <MemoText style={s.runIn}>{c.heading}. </MemoText>
            {c.text}
            <Citation citation={c.citation} />
          </MemoText>
        </View>
      ))}
    </>
  )
}
