import type { ActionView, BriefingView, KeyJudgmentView } from '@briefing/views'
import { View } from '@react-pdf/renderer'
import { s } from '../styles.ts'
import { type StructureElement, structure } from '../tagging.ts'
import { Citation } from './Citation.tsx'
import { MemoText } from './MemoText.tsx'
import { ScaleKey } from './ScaleKey.tsx'
import { SectionHeading } from './SectionHeading.tsx'

/** Layout punctuation between the parts of an action line (not content). */
const PART_GAP = '   '
/** The limits' list mark: an en dash, as the outlook's lists (a hyphen would read as text). */
const LIMIT_MARK = '–'

/**
 * Page 1 for the decision maker (issue 13), after the header: at most four key
 * judgments with likelihood and confidence, what it means for Korea, the actions
 * requested (lead, instrument, timing, indicator), and the box on sources and limits.
 * Then, from page 2, every judgment's basis and dissent. Structure: the section's H2,
 * an H3 per block, lists for judgments, implications and actions.
 */
export function FrontPage({ view }: { view: BriefingView }) {
  const { front } = view
  const judgments = structure('L')
  const implications = structure('L')
  const actions = structure('L')
  const limits = structure('L')
  return (
    <>
      <View style={s.frontPage}>
        <SectionHeading view={view} id="summary" compact />
        {front.bottomLine && (
          <View style={s.bottomLineBox} wrap={false}>
            <BlockHeading text={front.headings.bottomLine} analyst={view.labels.origin.analyst} />
            <MemoText style={s.bottomLineText} tag="P">
              {front.bottomLine.text}
              <Citation citation={front.bottomLine.citation} numbersOnly />
            </MemoText>
          </View>
        )}
        <BlockHeading text={front.headings.judgments} analyst={view.labels.origin.analyst} />
        {front.judgments.map((j) => (
          <FrontJudgment key={j.id} judgment={j} list={judgments} />
        ))}
        <BlockHeading text={front.headings.implications} analyst={view.labels.origin.analyst} />
        {view.implications.map((r) => (
          // Kept whole: a paragraph with a linked citation that React-PDF splits over a page
          // break draws its last lines twice, on top of each other (seen in the large test).
          <View
            key={r.id}
            style={s.frontItem}
            wrap={false}
            tag={structure('LI', { parent: implications })}
          >
            <MemoText style={s.frontBullet} tag="Lbl">
              {`${r.number}.`}
            </MemoText>
            <MemoText style={s.frontText} tag="LBody">
              <MemoText style={s.runIn}>{r.title}</MemoText>
              {` ${r.text}`}
              <Citation citation={r.citation} numbersOnly />
            </MemoText>
          </View>
        ))}
        <BlockHeading text={front.headings.actions} analyst={view.labels.origin.analyst} />
        {view.actions.map((a) => (
          <FrontAction key={a.id} action={a} list={actions} />
        ))}
        <View style={s.limitsBox} wrap={false}>
          <MemoText style={s.limitsHeading} tag="H3">
            {front.headings.limits}
          </MemoText>
          <MemoText style={s.limitsText} tag="P">
            {front.documentsLine}
          </MemoText>
          <MemoText style={s.limitsText} tag="P">
            {front.datesLine}
          </MemoText>
          {front.limits.map((l) => (
            <View key={l.id} style={s.limitsItem} tag={structure('LI', { parent: limits })}>
              <MemoText style={s.limitsMark} tag="Lbl">
                {LIMIT_MARK}
              </MemoText>
              <MemoText style={s.limitsItemText} tag="LBody">
                {l.text}
                <Citation citation={l.citation} numbersOnly />
              </MemoText>
            </View>
          ))}
        </View>
      </View>
      <JudgmentBasis view={view} />
    </>
  )
}

function BlockHeading({ text, analyst }: { text: string; analyst?: string }) {
  return (
    <View style={s.blockHeadingRow} minPresenceAhead={40}>
      <MemoText style={s.blockHeading} tag="H3">
        {text}
      </MemoText>
      {analyst && (
        <MemoText style={s.originAnalyst} tag="P">
          {analyst}
        </MemoText>
      )}
    </View>
  )
}

/** A front-page judgment: number, statement with its citation, the estimative line. */
function FrontJudgment({ judgment, list }: { judgment: KeyJudgmentView; list: StructureElement }) {
  return (
    <View style={s.frontItem} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.frontNumber} tag="Lbl">
        {judgment.number}
      </MemoText>
      <View style={s.judgmentBody} tag="LBody">
        <MemoText style={s.frontStatement} tag="P">
          {judgment.statement}
          <Citation citation={judgment.citation} numbersOnly />
        </MemoText>
        <MemoText style={s.frontEstimate} tag="P">
          {judgment.estimate}
        </MemoText>
      </View>
    </View>
  )
}

/** An action: title and reason, then its labelled parts (주관 · 수단 · 시기 · 판단 변경 지표). */
function FrontAction({ action, list }: { action: ActionView; list: StructureElement }) {
  const [lead, instrument, timing, indicator] = action.parts
  return (
    <View style={s.frontItem} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.frontBullet} tag="Lbl">
        {`${action.number}.`}
      </MemoText>
      <View style={s.judgmentBody} tag="LBody">
        <MemoText style={s.frontActionTitle} tag="P">
          {action.title}
        </MemoText>
        <MemoText style={s.actionParts} tag="P">
          {[lead, instrument, timing].map((p, i) => (
            <MemoText key={p?.label ?? i}>
              {i > 0 ? PART_GAP : ''}
              <MemoText style={s.runIn}>{p?.label}</MemoText>
              {` ${p?.value ?? ''}`}
            </MemoText>
          ))}
        </MemoText>
        {indicator && (
          <MemoText style={s.actionParts} tag="P">
            <MemoText style={s.runIn}>{indicator.label}</MemoText>
            {` ${indicator.value}`}
          </MemoText>
        )}
      </View>
    </View>
  )
}

/** Every key judgment with its basis and dissent, after the front page. */
function JudgmentBasis({ view }: { view: BriefingView }) {
  const list = structure('L')
  const [first, ...rest] = view.keyJudgments
  return (
    <>
      <View wrap={false}>
        <MemoText style={s.subHeading} tag="H3">
          {view.front.basisHeading}
        </MemoText>
        {first && <BasisItem judgment={first} view={view} list={list} />}
      </View>
      {rest.map((j) => (
        <BasisItem key={j.id} judgment={j} view={view} list={list} />
      ))}
      <ScaleKey view={view} />
    </>
  )
}

function BasisItem({
  judgment,
  view,
  list,
}: {
  judgment: KeyJudgmentView
  view: BriefingView
  list: StructureElement
}) {
  return (
    <View style={s.judgment} wrap={false} tag={structure('LI', { parent: list })}>
      <MemoText style={s.judgmentNumber} tag="Lbl">
        {judgment.number}
      </MemoText>
      <View style={s.judgmentBody} tag="LBody">
        <MemoText style={s.judgmentStatement} tag="P">
          {judgment.statement}
          <Citation citation={judgment.citation} />
        </MemoText>
        <MemoText style={s.estimate} tag="P">
          {judgment.estimate}
        </MemoText>
        <MemoText style={s.judgmentDetail} tag="P">
          <MemoText style={s.runIn}>{view.labels.basis} </MemoText>
          {judgment.basis}
        </MemoText>
        {judgment.dissent && (
          <MemoText style={s.judgmentDetail} tag="P">
            <MemoText style={s.runIn}>{view.labels.dissent} </MemoText>
            {judgment.dissent}
            {judgment.dissentCitation && <Citation citation={judgment.dissentCitation} />}
          </MemoText>
        )}
      </View>
    </View>
  )
}
