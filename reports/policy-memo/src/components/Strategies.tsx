import type { BriefingView, PillarView, StrategyView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
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
  const list = structure('L')
  return (
    <View style={s.countryBlock}>
      <View wrap={false}>
        <MemoText style={s.subHeading} tag="H3">
          {strategy.country.label}
        </MemoText>
        <MemoText style={s.paragraph} tag="P">
          {strategy.overview}
        </MemoText>
        {first && <Pillar index={1} pillar={first} list={list} />}
      </View>
      {rest.map((p, i) => (
        <Pillar key={p.id} index={i + 2} pillar={p} list={list} />
      ))}
    </View>
  )
}

function Pillar({
  index,
  pillar,
  list,
}: {
  index: number
  pillar: PillarView
  list: StructureElement
}) {
  return (
    <View style={s.pillar} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.pillarMark} tag="Lbl">
        {index}
      </MemoText>
      <MemoText style={s.pillarBody} tag="LBody">
        <MemoText style={s.runIn}>{pillar.title}. </MemoText>
        {pillar.summary}
        <Citation citation={pillar.citation} />
      </MemoText>
    </View>
  )
}
