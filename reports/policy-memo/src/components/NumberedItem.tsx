import type { ImplicationView, RecommendationView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'

/**
 * One recommendation or implication: number, title, origin tag (the analysts' own judgment is
 * inverted black so it stands out in print), the audience if any, text, citation.
 * Structure: an LI of `list` (Lbl number, LBody).
 */
export function NumberedItem({
  item,
  audience,
  list,
}: {
  item: RecommendationView | ImplicationView
  audience?: string
  list: StructureElement
}) {
  return (
    <View style={s.item} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.itemNumber} tag="Lbl">
        {item.number}.
      </MemoText>
      <View style={s.itemBody} tag="LBody">
        <View style={s.itemTitleRow} tag="P">
          <MemoText style={s.itemTitle}>{item.title}</MemoText>
          <MemoText style={item.origin.key === 'analyst' ? s.originAnalyst : s.originSource}>
            {item.origin.label}
          </MemoText>
          {audience && <MemoText style={s.audience}>{audience}</MemoText>}
        </View>
        <MemoText style={s.itemText} tag="P">
          {item.text}
          <Citation citation={item.citation} />
        </MemoText>
      </View>
    </View>
  )
}
