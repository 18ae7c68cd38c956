import type { BriefingView, KeyJudgmentView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * The summary, bottom line up front: each key judgment with the view's estimative
 * line (likelihood word and range, confidence) boxed under it, then basis and dissent.
 */
export function KeyJudgments({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.keyJudgments
  const list = structure('L')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="summary" />
        {first && <Judgment judgment={first} view={view} list={list} />}
      </View>
      {rest.map((j) => (
        <Judgment key={j.id} judgment={j} view={view} list={list} />
      ))}
    </>
  )
}

/** One judgment: an LI of the summary's list (Lbl number, LBody of paragraphs). */
function Judgment({
  judgment,
  view,
  list,
}: {
  judgment: KeyJudgmentView
  view: BriefingView
  list: StructureElement
}) {
  return (
    <View style={s.judgment} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.judgmentNumber} tag="Lbl">
        {judgment.number}
      </MemoText>
      <View style={s.judgmentBody} tag="LBody">
        <MemoText style={s.judgmentStatement} tag="P">
          {judgment.statement}
          <Citation citation={judgment.citation} />
        </MemoText>
        <MemoText style={s.estimate} tag="P">
          {judgment.estimate}
        </MemoText>
        <MemoText style={s.judgmentDetail} tag="P">
          <MemoText style={s.runIn}>{view.labels.basis} </MemoText>
          {judgment.basis}
        </MemoText>
        {judgment.dissent && (
          <MemoText style={s.judgmentDetail} tag="P">
            <MemoText style={s.runIn}>{view.labels.dissent} </MemoText>
            {judgment.dissent}
          </MemoText>
        )}
      </View>
    </View>
  )
}
