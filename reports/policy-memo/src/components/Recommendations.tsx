import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { NumberedItem } from './NumberedItem.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Recommendations: numbered, each with whom it addresses and where it comes from. */
export function Recommendations({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.recommendations
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="recommendations" />
        {first && <NumberedItem item={first} audience={first.audience.label} />}
      </View>
      {rest.map((r) => (
        <NumberedItem key={r.id} item={r} audience={r.audience.label} />
      ))}
    </>
  )
}
