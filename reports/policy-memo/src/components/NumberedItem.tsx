import type { ImplicationView, RecommendationView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'

/**
 * One recommendation or implication: number, title, origin tag (the analysts' own judgment is
 * inverted black so it stands out in print), the audience if any, text, citation.
 */
export function NumberedItem({
  item,
  audience,
}: {
  item: RecommendationView | ImplicationView
  audience?: string
}) {
  return (
    <View style={s.item} wrap={false}>
      <MemoText style={s.itemNumber}>{item.number}.</MemoText>
      <View style={s.itemBody}>
        <View style={s.itemTitleRow}>
          <MemoText style={s.itemTitle}>{item.title}</MemoText>
          <MemoText style={item.origin.key === 'analyst' ? s.originAnalyst : s.originSource}>
            {item.origin.label}
          </MemoText>
          {audience && <MemoText style={s.audience}>{audience}</MemoText>}
        </View>
        <MemoText style={s.itemText}>
          {item.text}
          <Citation citation={item.citation} />
        </MemoText>
      </View>
    </View>
  )
}
