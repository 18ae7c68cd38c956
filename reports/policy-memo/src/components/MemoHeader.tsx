import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/**
 * Page 1's memo block: issuer and classification, title, the to / from / cc /
 * date / subject rows, and the edition + data fingerprint pair (the one
 * `pnpm data:fingerprint` prints and the deck shows).
 */
export function MemoHeader({ view }: { view: BriefingView }) {
  const { header, stamp } = view
  return (
    <View style={s.headerBlock} wrap={false}>
      <View style={s.headerTopRule} />
      <View
        style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start' }}
      >
        <MemoText style={s.issuerLine}>{header.issuer}</MemoText>
        <MemoText style={s.classification}>{header.classification}</MemoText>
      </View>
      <MemoText style={s.title}>{header.title}</MemoText>
      <MemoText style={s.subtitle}>{header.subtitle}</MemoText>
      <View style={s.headerTable}>
        {header.rows.map((row, i) => (
          <View
            key={row.label}
            style={i === header.rows.length - 1 ? s.headerRowLast : s.headerRow}
          >
            <MemoText style={s.headerLabel}>{row.label}</MemoText>
            <MemoText style={s.headerValue}>{row.value}</MemoText>
          </View>
        ))}
      </View>
      <View style={s.stampLine}>
        <MemoText style={s.stampText}>{header.asOfLine}</MemoText>
        <MemoText style={s.stampText}>{stamp.text}</MemoText>
      </View>
    </View>
  )
}
