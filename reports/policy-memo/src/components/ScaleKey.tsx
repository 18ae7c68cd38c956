import type { BriefingView, ScaleTermView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { MemoText } from './MemoText.tsx'

/**
 * 추정 표현의 뜻 (issue 13, item 2): the likelihood words with their bands and the
 * confidence levels, as the views define them once; the deck's appendix shows the same
 * key. It follows the judgments' basis, where a reader first asks what "비교적 높음"
 * means, and keeps together so it is never split over a page.
 */
export function ScaleKey({ view }: { view: BriefingView }) {
  const { scale } = view
  return (
    <View style={s.scaleBox} wrap={false}>
      <MemoText style={s.limitsHeading} tag="H3">
        {scale.title}
      </MemoText>
      <MemoText style={s.limitsText} tag="P">
        {scale.note}
      </MemoText>
      <View style={s.scaleColumns}>
        <TermList heading={scale.likelihoodHeading} terms={scale.likelihood} />
        <TermList heading={scale.confidenceHeading} terms={scale.confidence} />
      </View>
    </View>
  )
}

function TermList({ heading, terms }: { heading: string; terms: readonly ScaleTermView[] }) {
  const list = structure('L')
  return (
    <View style={s.scaleColumn}>
      <MemoText style={s.scaleHeading} tag="P">
        {heading}
      </MemoText>
      {terms.map((t) => (
        <View key={t.key} style={s.scaleRow} tag={structure('LI', { parent: list })}>
          <MemoText style={t.used ? s.scaleTermUsed : s.scaleTerm} tag="Lbl">
            {t.label}
          </MemoText>
          <View style={s.scaleBody} tag="LBody">
            {t.range !== '' && (
              <MemoText style={s.scaleRange} tag="P">
                {t.range}
              </MemoText>
            )}
            <MemoText style={s.scaleMeaning} tag="P">
              {t.meaning}
            </MemoText>
          </View>
        </View>
      ))}
    </View>
  )
}
