import type { BriefingView, DisagreementView, HorizonView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Room (pt) a heading or topic keeps below it: a two-line position and its citation. */
const KEEP_WITH_POSITION = 40

/**
 * The outlook by horizon (summary, then the US and China lines), and the disagreements:
 * every position of every disagreement, each with its holder and citation.
 */
export function Outlook({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.outlook.horizons
  const [firstDisagreement, ...otherDisagreements] = view.outlook.disagreements
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="outlook" />
        {first && <Horizon horizon={first} view={view} />}
      </View>
      {rest.map((h) => (
        <Horizon key={h.id} horizon={h} view={view} />
      ))}
      {firstDisagreement && (
        <>
          <MemoText style={s.subHeading} tag="H3" minPresenceAhead={KEEP_WITH_POSITION}>
            {view.labels.sections.disagreements}
          </MemoText>
          <Disagreement disagreement={firstDisagreement} />
        </>
      )}
      {otherDisagreements.map((d) => (
        <Disagreement key={d.id} disagreement={d} />
      ))}
    </>
  )
}

function Horizon({ horizon, view }: { horizon: HorizonView; view: BriefingView }) {
  return (
    <View style={s.horizon} wrap={false}>
      <MemoText style={s.subHeading} tag="H3">
        {horizon.label}
      </MemoText>
      <MemoText style={s.paragraph} tag="P">
        {horizon.summary}
        <Citation citation={horizon.citation} />
      </MemoText>
      {horizon.positions.map((p) => (
        <View key={p.actor} style={s.horizonRow} tag="P">
          <MemoText style={s.horizonCountry}>{view.labels.country[p.actor]}</MemoText>
          <MemoText style={s.horizonText}>{p.text}</MemoText>
        </View>
      ))}
    </View>
  )
}

/**
 * A topic, then its positions as a list (the dash a label), then the note. A page may
 * break between positions, never inside one (a whole disagreement kept together left a
 * fifth of page 11 empty and pushed the body onto a 13th page); the topic keeps its first
 * position with it.
 */
function Disagreement({ disagreement }: { disagreement: DisagreementView }) {
  const list = structure('L')
  return (
    <View style={s.disagreement}>
      <MemoText style={s.topic} tag="P" minPresenceAhead={KEEP_WITH_POSITION}>
        {disagreement.topic}
      </MemoText>
      {disagreement.positions.map((p) => (
        <View
          key={p.holder}
          style={s.position}
          wrap={false}
          tag={structure('LI', { parent: list })}
        >
          <MemoText style={s.positionMark} tag="Lbl">
            –
          </MemoText>
          <MemoText style={s.positionText} tag="LBody">
            <MemoText style={s.runIn}>{p.holder}: </MemoText>
            {p.view}
            <Citation citation={p.citation} />
          </MemoText>
        </View>
      ))}
      {disagreement.note && (
        <MemoText style={[s.note, { marginTop: 2, paddingLeft: 14 }]} tag="P" wrap={false}>
          {disagreement.note}
        </MemoText>
      )}
    </View>
  )
}
