/** The view module served by src/vite/briefingData.ts. */
declare module 'virtual:briefing' {
  import type { BriefingView } from '@briefing/views'

  const view: BriefingView
  export default view
}
