import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/**
 * Page 1's memo block: issuer and classification, title, the to / from / cc /
 * date / subject rows, and the edition + data fingerprint pair (the one
 * `pnpm data:fingerprint` prints and the deck shows). Structure: the title is the H1,
 * the rows a table whose labels are row headers.
 */
export function MemoHeader({ view }: { view: BriefingView }) {
  const { header, stamp } = view
  return (
    <View style={s.headerBlock} wrap={false}>
      <View style={s.headerTopRule} />
      <View
        style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start' }}
      >
        <MemoText style={s.issuerLine} tag="P">
          {header.issuer}
        </MemoText>
        <MemoText style={s.classification} tag="P">
          {header.classification}
        </MemoText>
      </View>
      <MemoText style={s.title} tag="H1">
        {header.title}
      </MemoText>
      <MemoText style={s.subtitle} tag="P">
        {header.subtitle}
      </MemoText>
      <View style={s.headerTable} tag="Table">
        {header.rows.map((row, i) => (
          <View
            key={row.label}
            style={i === header.rows.length - 1 ? s.headerRowLast : s.headerRow}
            tag="TR"
          >
            <MemoText style={s.headerLabel} tag="TH" scope="Row">
              {row.label}
            </MemoText>
            <MemoText style={s.headerValue} tag="TD">
              {row.value}
            </MemoText>
          </View>
        ))}
      </View>
      <View style={s.stampLine}>
        <MemoText style={s.stampText} tag="P">
          {header.asOfLine}
        </MemoText>
        <MemoText style={s.stampText} tag="P">
          {stamp.text}
        </MemoText>
      </View>
    </View>
  )
}
