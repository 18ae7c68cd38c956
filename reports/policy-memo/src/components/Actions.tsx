import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * 우리 정부에 대한 제언: the reason for each action requested on page 1. Its parts (lead
 * role, instrument, timing, the indicator that would change the judgment) are on page 1
 * only: printed twice they cost a fifth of a page and say nothing new. All of it is the
 * analysts' own judgment, and tagged so.
 */
export function Actions({ view }: { view: BriefingView }) {
  const list = structure('L')
  const [first, ...rest] = view.actions
  const item = (a: BriefingView['actions'][number]) => (
    <View key={a.id} style={s.item} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.itemNumber} tag="Lbl">
        {`${a.number}.`}
      </MemoText>
      <View style={s.itemBody} tag="LBody">
        <View style={s.itemTitleRow} tag="P">
          <MemoText style={s.itemTitle}>{a.title}</MemoText>
          <MemoText style={s.originAnalyst}>{a.origin.label}</MemoText>
        </View>
        <MemoText style={s.itemText} tag="P">
          {a.text}
          <Citation citation={a.citation} />
        </MemoText>
      </View>
    </View>
  )
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="implications" />
        {first && item(first)}
      </View>
      {rest.map(item)}
    </>
  )
}
