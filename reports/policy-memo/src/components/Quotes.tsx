import type { BriefingView, QuoteView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Quotes: short quotations with who said them, where and when. */
export function Quotes({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.quotes
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="quotes" />
        {first && <Quote quote={first} />}
      </View>
      {rest.map((q) => (
        <Quote key={q.id} quote={q} />
      ))}
    </>
  )
}

function Quote({ quote }: { quote: QuoteView }) {
  return (
    <View style={s.quote} wrap={false} tag="BlockQuote">
      <MemoText style={s.quoteText} tag="P">
        “{quote.text}”
      </MemoText>
      <MemoText style={s.quoteAttribution} tag="P">
        {quote.byline}
        <Citation citation={quote.citation} />
      </MemoText>
      <MemoText style={s.quoteContext} tag="P">
        {quote.context}
      </MemoText>
    </View>
  )
}
