/** Colours of the leadership chart and its markers; shapes carry the meaning in B/W. */
export const CHART_COLOURS = {
  us: '#1f3a5f',
  china: '#a63232',
  contested: '#ffffff',
  ink: '#1a1a1a',
  muted: '#5c5c5c',
  grid: '#c8c8c8',
  band: '#f1f1f1',
} as const
