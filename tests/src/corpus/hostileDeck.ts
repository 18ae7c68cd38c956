/**
 * The deck and build side of the hostile corpus (issue 15): valid data that once ran as
 * script in the built deck (class A), crashed its build (class B) or ran off its slide
 * (class H: 120 characters with no break opportunity). All of it goes into
 * one copy of the shipped dataset, each string in its own field, so one build shows
 * every case; tests/src/hostileDeck.test.ts builds it and opens it in Chromium.
 * (tests/src/corpus/cases.ts holds the dataset-side cases.)
 */
export type DeckClass = 'A' | 'B' | 'H'

export interface DeckCase {
  readonly name: string
  readonly class: DeckClass
  readonly file: string
  readonly path: ReadonlyArray<string | number>
  /** The text, as typed; where it would run as code it sets `window.__pwned_<n>`. */
  readonly value: string
  /** Where a person sees it as a slide title (go-to dialog, overview), if anywhere. */
  readonly title?: boolean
}

/** `window.__pwned_<n> = 1` in its many spellings; the test checks no such key appears. */
const run = (n: number): string => `window.__pwned_${n}=1`

export const DECK_CASES: readonly DeckCase[] = [
  // A: the headmatter title reached <title>, og:title and the title renderer as Markdown.
  {
    name: 'meta.title: Vue interpolation calling Function',
    class: 'A',
    file: 'meta.yaml',
    path: ['title'],
    value: `미중 {{ (() => 0).constructor('${run(1)}')() }} $& **b** <i>i</i> &amp; 경쟁`,
    title: true,
  },
  {
    name: 'takeaway: <img onerror> (slide title)',
    class: 'A',
    file: 'comparison.yaml',
    path: ['groups', 0, 'takeaway'],
    value: `<img src="data:x" onerror="${run(2)}"> 요지 하나`,
    title: true,
  },
  {
    name: 'takeaway: lone {{ (Vue compile error)',
    class: 'B',
    file: 'comparison.yaml',
    path: ['groups', 1, 'takeaway'],
    value: '요지 {{ 둘, 닫는 표시 없음',
    title: true,
  },
  {
    name: 'takeaway: <script> and </template>',
    class: 'B',
    file: 'comparison.yaml',
    path: ['groups', 2, 'takeaway'],
    value: `<script>${run(3)}</script> 요지 셋 </template>`,
    title: true,
  },
  {
    name: 'takeaway: <style> and <img src=x>',
    class: 'B',
    file: 'comparison.yaml',
    path: ['groups', 3, 'takeaway'],
    value: '<style>body{display:none}</style> 요지 넷 <img src=x>',
    title: true,
  },
  {
    // The talk's cover shows the occasion (deck.yaml), not the memo's subtitle.
    name: 'deck occasion: Markdown link and emphasis',
    class: 'A',
    file: 'deck.yaml',
    path: ['occasion'],
    value: '[부제](javascript:alert(1)) _기울임_ ~~취소~~',
  },
  {
    name: 'meta.issuer: Vue directive text',
    class: 'A',
    file: 'meta.yaml',
    path: ['issuer'],
    value: `<div v-html="'<img src=x onerror=${run(4)}>'">팀</div>`,
  },
  {
    name: 'comparison dimension: Slidev v-click',
    class: 'A',
    file: 'comparison.yaml',
    path: ['groups', 0, 'rows', 0, 'dimension'],
    value: '<v-click>반도체</v-click>',
  },
  {
    name: 'comparison cell: iframe srcdoc',
    class: 'A',
    file: 'comparison.yaml',
    path: ['groups', 0, 'rows', 1, 'us'],
    value: `<iframe srcdoc="<script>parent.${run(5)}</script>"></iframe> 모델`,
  },
  {
    name: 'strategy pillar: svg onload',
    class: 'A',
    file: 'strategies.yaml',
    path: ['us', 'pillars', 0, 'title'],
    value: `<svg onload="${run(6)}"></svg> 혁신`,
  },
  {
    name: 'timeline title: HTML comment opener',
    class: 'B',
    file: 'timeline.yaml',
    path: ['events', 0, 'title'],
    value: '중국 <!-- 총동원 --> 발표 -->',
  },
  {
    name: 'timeline title: mustache in attribute position',
    class: 'A',
    file: 'timeline.yaml',
    path: ['events', 1, 'title'],
    value: `미국 {{ $nav.go(3) }} {{ ${run(7)} }} 협약`,
  },
  {
    name: 'figure label: HTML entities, template literal, backticks',
    class: 'A',
    file: 'figures.yaml',
    path: ['figures', 0, 'label'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is the case
    value: '보고서 &lt;분량&gt; &#x3C;b&#x3E; ${x} `코드`',
  },
  {
    name: 'key judgment: frontmatter fence and title key',
    class: 'B',
    file: 'judgments.yaml',
    path: ['keyJudgments', 0, 'statement'],
    // (its last line is not a likelihood word: data:check refuses those in a statement, #13)
    value: '미국은 선두 유지\n---\ntitle: 가짜\nlayout: cover\n---\n선두 유지',
  },
  {
    name: 'quote: speaker-notes closer -->',
    class: 'B',
    file: 'quotes.yaml',
    path: ['quotes', 0, 'text'],
    value: '기술 지배력 --> <!-- 끝',
  },
  {
    name: 'recommendation title: <a href=javascript:>',
    class: 'A',
    file: 'recommendations.yaml',
    // A debate position's title (the flat `recommendations` list is empty in edition 1).
    path: ['usDebate', 0, 'positions', 0, 'title'],
    value: `<a href="javascript:${run(8)}">에너지</a> 인프라`,
  },
  {
    name: 'implication text: <math> and <object>',
    class: 'A',
    file: 'recommendations.yaml',
    path: ['implications', 0, 'title'],
    value: '<object data="x"></object><math><mi>x</mi></math> 공급망',
  },
  {
    name: 'background heading: raw {{{ and }}}',
    class: 'B',
    file: 'background.yaml',
    path: ['context', 0, 'heading'],
    value: '시대의 {{{ 규칙 }}} }}',
  },
  {
    name: 'outlook disagreement topic: Vue event handler',
    class: 'A',
    file: 'outlook.yaml',
    path: ['disagreements', 0, 'topic'],
    value: `<b @click="${run(9)}">미국</b>의 우위`,
  },
  {
    name: 'outlook position: <template v-if>',
    class: 'B',
    file: 'outlook.yaml',
    path: ['disagreements', 0, 'positions', 0, 'view'],
    value: '<template v-if="true">몇 개월</template></div>',
  },
  // H: no space, hyphen or other break opportunity in 120 characters (keep-all makes a
  // run of Hangul one word too).
  {
    name: 'comparison cell: 120 Latin letters and digits, unbroken',
    class: 'H',
    file: 'comparison.yaml',
    path: ['groups', 1, 'rows', 0, 'china'],
    value: 'ABCDEFGHIJ0123456789'.repeat(6),
  },
  {
    name: 'comparison cell: 120 Hangul syllables, unbroken',
    class: 'H',
    file: 'comparison.yaml',
    path: ['groups', 2, 'rows', 0, 'assessment'],
    value: '가나다라마바사아자차'.repeat(12),
  },
  {
    name: 'timeline title: a 120-character token',
    class: 'H',
    file: 'timeline.yaml',
    path: ['events', 2, 'title'],
    value: `${'deepseekR1'.repeat(11)}release`.slice(0, 120),
  },
  {
    name: 'strategy pillar: a 120-character token',
    class: 'H',
    file: 'strategies.yaml',
    path: ['china', 'pillars', 0, 'title'],
    value: 'FullStackApproach'.repeat(8).slice(0, 120),
  },
  // H on the main track (issue 12): a judgment on the bottom-line slide that is one
  // 120-character word, and a unit so long that a row of figure cards squashes until the
  // last card passes the margin.
  {
    name: 'key judgment on the talk: 120 Hangul syllables, unbroken',
    class: 'H',
    file: 'judgments.yaml',
    path: ['keyJudgments', 1, 'statement'],
    value: '중국은오픈웨이트모델과인프라지원'.repeat(8).slice(0, 120),
  },
  {
    name: 'figure unit on the talk: 20 characters, unbroken',
    class: 'H',
    file: 'figures.yaml',
    path: ['figures', 7, 'unit'],
    value: '개부처와공공기관및지방자치단체연합체들의',
  },
]
