import type { BriefingView, PillarView, StrategyView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Both strategies: each country's overview, then its pillars as a numbered list. */
export function Strategies({ view }: { view: BriefingView }) {
  return (
    <>
      <SectionHeading view={view} id="strategies" />
      {view.strategies.map((strategy) => (
        <Country key={strategy.country.key} strategy={strategy} />
      ))}
    </>
  )
}

function Country({ strategy }: { strategy: StrategyView }) {
  const [first, ...rest] = strategy.pillars
  return (
    <View style={s.countryBlock}>
      <View wrap={false}>
        <MemoText style={s.subHeading}>{strategy.country.label}</MemoText>
        <MemoText style={s.paragraph}>{strategy.overview}</MemoText>
        {first && <Pillar index={1} pillar={first} />}
      </View>
      {rest.map((p, i) => (
        <Pillar key={p.id} index={i + 2} pillar={p} />
      ))}
    </View>
  )
}

function Pillar({ index, pillar }: { index: number; pillar: PillarView }) {
  return (
    <View style={s.pillar} wrap={false}>
      <MemoText style={s.pillarMark}>{index}</MemoText>
      <MemoText style={s.pillarBody}>
        <MemoText style={s.runIn}>{pillar.title}. </MemoText>
        {pillar.summary}
        <Citation citation={pillar.citation} />
      </MemoText>
    </View>
  )
}
