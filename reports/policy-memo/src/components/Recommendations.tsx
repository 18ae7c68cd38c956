import type { BriefingView, DebateTopicView, RecommendationView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * 주요 논자의 대미 제언 (issue 13): per question, the sources' positions side by side,
 * each attributed, with the holder's stake where the data notes one, then our note on
 * how they relate (it says 분석 판단 itself). Structure: an H3 per question, the
 * positions a list whose labels are the holders.
 */
export function Recommendations({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.usDebate
  // The optional flat list (recommendations.yaml `recommendations`, empty in edition 1):
  // each item with its origin and audience, before the debates.
  const debated = new Set(view.usDebate.flatMap((t) => t.positions.map((p) => p.id)))
  const listed = view.recommendations.filter((r) => !debated.has(r.id))
  const list = structure('L')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="recommendations" />
        {listed[0] && <Listed item={listed[0]} list={list} />}
        {!listed[0] && first && <Topic topic={first} />}
      </View>
      {listed.slice(1).map((r) => (
        <Listed key={r.id} item={r} list={list} />
      ))}
      {listed[0] && first && <Topic topic={first} />}
      {rest.map((t) => (
        <Topic key={t.id} topic={t} />
      ))}
    </>
  )
}

function Listed({ item, list }: { item: RecommendationView; list: StructureElement }) {
  return (
    <View style={s.item} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.itemNumber} tag="Lbl">
        {`${item.number}.`}
      </MemoText>
      <View style={s.itemBody} tag="LBody">
        <View style={s.itemTitleRow} tag="P">
          <MemoText style={s.itemTitle}>{item.title}</MemoText>
          <MemoText style={item.origin.key === 'analyst' ? s.originAnalyst : s.originSource}>
            {item.origin.label}
          </MemoText>
          <MemoText style={s.originSource}>{item.audience.label}</MemoText>
        </View>
        <MemoText style={s.itemText} tag="P">
          {item.text}
          <Citation citation={item.citation} />
        </MemoText>
      </View>
    </View>
  )
}

function Topic({ topic }: { topic: DebateTopicView }) {
  const list = structure('L')
  return (
    <View style={s.disagreement} wrap={false}>
      <MemoText style={s.topic} tag="H3">
        {`${topic.number}. ${topic.topic}`}
      </MemoText>
      {topic.positions.map((p) => (
        <View key={p.id} style={s.position} tag={structure('LI', { parent: list })}>
          <MemoText style={s.positionMark} tag="Lbl">
            {`${p.number}.`}
          </MemoText>
          <View style={{ flex: 1 }} tag="LBody">
            <MemoText style={s.debateText} tag="P">
              <MemoText style={s.runIn}>{`${p.holder}: ${p.title}. `}</MemoText>
              {p.text}
              <Citation citation={p.citation} />
            </MemoText>
            {p.interest && (
              <MemoText style={s.interest} tag="P">
                {p.interest}
              </MemoText>
            )}
          </View>
        </View>
      ))}
      {topic.note && (
        <MemoText style={s.debateNote} tag="P">
          {topic.note}
        </MemoText>
      )}
    </View>
  )
}
