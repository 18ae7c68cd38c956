import type { BriefingView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { MemoText } from './MemoText.tsx'

/**
 * Page 1's memo block, compact so the bottom line fits under it (issue 13): issuer,
 * title, subtitle, and the 수신 / 발신 / 참조 / 일자 / 제목 rows two to a line (the
 * subject on a line of its own). The marking is in the running header only (it was
 * printed twice on page 1); the edition + fingerprint pair is in the colophon.
 * Structure: the title is the H1, the rows a table whose labels are row headers.
 */
export function MemoHeader({ view }: { view: BriefingView }) {
  const { header } = view
  const subject = header.rows.at(-1)
  const pairs: Array<typeof header.rows> = []
  const others = header.rows.slice(0, -1)
  for (let i = 0; i < others.length; i += 2) pairs.push(others.slice(i, i + 2))
  const lines = subject ? [...pairs, [subject]] : pairs
  return (
    <View style={s.headerBlock} wrap={false}>
      <View style={s.headerTopRule} />
      <MemoText style={s.issuerLine} tag="P">
        {header.issuer}
      </MemoText>
      <MemoText style={s.title} tag="H1">
        {header.title}
      </MemoText>
      <MemoText style={s.subtitle} tag="P">
        {header.subtitle}
      </MemoText>
      <View style={s.headerTable} tag="Table">
        {lines.map((line, i) => (
          <View
            key={line.map((r) => r.label).join()}
            style={i === lines.length - 1 ? s.headerRowLast : s.headerRow}
            tag="TR"
          >
            {line.map((row) => (
              <View key={row.label} style={{ flexDirection: 'row', flex: 1 }}>
                <MemoText style={s.headerLabel} tag="TH" scope="Row">
                  {row.label}
                </MemoText>
                <MemoText style={s.headerValue} tag="TD">
                  {row.value}
                </MemoText>
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
