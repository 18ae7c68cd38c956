import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * 우리 정부에 대한 제언: each action requested on page 1, now with its reason and its
 * parts one per line (lead role, instrument, timing, the indicator that would change the
 * judgment). All of it is the analysts' own judgment, and tagged so.
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
        {a.parts.map((p) => (
          <View key={p.label} style={s.partRow} tag="P">
            <MemoText style={s.partLabel}>{p.label}</MemoText>
            <MemoText style={s.partValue}>{p.value}</MemoText>
          </View>
        ))}
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
