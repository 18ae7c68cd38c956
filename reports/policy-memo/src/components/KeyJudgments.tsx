import type { BriefingView, KeyJudgmentView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * The summary, bottom line up front: each key judgment with the view's estimative
 * line (likelihood word and range, confidence) boxed under it, then basis and dissent.
 */
export function KeyJudgments({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.keyJudgments
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="summary" />
        {first && <Judgment judgment={first} view={view} />}
      </View>
      {rest.map((j) => (
        <Judgment key={j.id} judgment={j} view={view} />
      ))}
    </>
  )
}

function Judgment({ judgment, view }: { judgment: KeyJudgmentView; view: BriefingView }) {
  return (
    <View style={s.judgment} wrap={false}>
      <MemoText style={s.judgmentNumber}>{judgment.number}</MemoText>
      <View style={s.judgmentBody}>
        <MemoText style={s.judgmentStatement}>
          {judgment.statement}
          <Citation citation={judgment.citation} />
        </MemoText>
        <MemoText style={s.estimate}>{judgment.estimate}</MemoText>
        <MemoText style={s.judgmentDetail}>
          <MemoText style={s.runIn}>{view.labels.basis} </MemoText>
          {judgment.basis}
        </MemoText>
        {judgment.dissent && (
          <MemoText style={s.judgmentDetail}>
            <MemoText style={s.runIn}>{view.labels.dissent} </MemoText>
            {judgment.dissent}
          </MemoText>
        )}
      </View>
    </View>
  )
}
