import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { structure } from '../tagging.ts'
import { NumberedItem } from './NumberedItem.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/**
 * Implications for Korea: numbered; the origin tag says whether a point is the analysts'
 * own judgment (black tag) or a source's (outlined tag), in words, not colour.
 */
export function Implications({ view }: { view: BriefingView }) {
  const [first, ...rest] = view.implications
  const list = structure('L')
  return (
    <>
      <View wrap={false}>
        <SectionHeading view={view} id="implications" />
        {first && <NumberedItem list={list} item={first} />}
      </View>
      {rest.map((r) => (
        <NumberedItem list={list} key={r.id} item={r} />
      ))}
    </>
  )
}
