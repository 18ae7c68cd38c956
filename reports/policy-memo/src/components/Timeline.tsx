import type { BriefingView, TimelineEntryView } from '@briefing/views'
import { Circle, Svg, View } from '@react-pdf/renderer'
import { colour, s } from '../styles.ts'
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
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="timeline" />
        {first && <Event event={first} view={view} />}
      </View>
      {rest.map((e) => (
        <Event key={e.id} event={e} view={view} />
      ))}
    </>
  )
}

function Event({ event, view }: { event: TimelineEntryView; view: BriefingView }) {
  return (
    <View style={s.event} wrap={false}>
      <MemoText style={s.eventDate}>{event.date.text}</MemoText>
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
      <View style={s.eventBody}>
        <View style={s.eventHead}>
          <MemoText style={s.tagOutline}>{event.country.label}</MemoText>
          <MemoText style={s.eventTitle}>{event.title}</MemoText>
        </View>
        <MemoText style={s.eventDetail}>
          {event.detail}
          <Citation citation={event.citation} />
        </MemoText>
        {event.dateBasis && (
          <MemoText style={s.note}>
            {view.labels.dateBasis}: {event.dateBasis}
          </MemoText>
        )}
      </View>
    </View>
  )
}
