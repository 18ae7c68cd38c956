import type { BriefingView, TimelineEntryView } from '@briefing/views'
import { Circle, Svg, View } from '@react-pdf/renderer'
import { colour, s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { SectionHeading } from './SectionHeading.tsx'

const DOT = 7

/**
 * Timeline: events in the view's date order. A filled dot is a past event, a hollow
 * one a plan (the view's date text already says so in words). Inferred dates
 * carry their basis in small print.
 */
export function Timeline({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.timeline
  const list = structure('L')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="timeline" />
        {first && <Event event={first} view={view} list={list} />}
      </View>
      {rest.map((e) => (
        <Event key={e.id} event={e} view={view} list={list} />
      ))}
    </>
  )
}

/** One event: an LI of the timeline's list, the date its label (the dot an artifact). */
function Event({
  event,
  view,
  list,
}: {
  event: TimelineEntryView
  view: BriefingView
  list: StructureElement
}) {
  return (
    <View style={s.event} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.eventDate} tag="Lbl">
        {event.date.text}
      </MemoText>
      <View style={s.eventRail}>
        <Svg width={DOT} height={DOT} viewBox={`0 0 ${DOT} ${DOT}`}>
          <Circle
            cx={DOT / 2}
            cy={DOT / 2}
            r={DOT / 2 - 0.7}
            fill={event.planned ? colour.white : colour.navy}
            stroke={colour.navy}
            strokeWidth={1.2}
          />
        </Svg>
      </View>
      <View style={s.eventBody} tag="LBody">
        <View style={s.eventHead} tag="P">
          <MemoText style={s.tagOutline}>{event.country.label}</MemoText>
          <MemoText style={s.eventTitle}>{event.title}</MemoText>
        </View>
        <MemoText style={s.eventDetail} tag="P">
          {event.detail}
          <Citation citation={event.citation} />
        </MemoText>
      </View>
    </View>
  )
}
