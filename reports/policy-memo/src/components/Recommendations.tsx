import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { structure } from '../tagging.ts'
import { NumberedItem } from './NumberedItem.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Recommendations: numbered, each with whom it addresses and where it comes from. */
export function Recommendations({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.recommendations
  const list = structure('L')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="recommendations" />
        {first && <NumberedItem list={list} item={first} audience={first.audience.label} />}
      </View>
      {rest.map((r) => (
        <NumberedItem list={list} key={r.id} item={r} audience={r.audience.label} />
      ))}
    </>
  )
}
