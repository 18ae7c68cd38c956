/**
 * The memo's PDF structure (issue 14): what a component passes as `tag` to a React-PDF
 * node, in a document rendered with `tagged` (patches/@react-pdf__render*.patch; upstream
 * has no structure tree: diegomura/react-pdf #3179, #1288, #1790). A string tag makes one
 * structure element per node; an object made here is one element wherever it is passed,
 * across nodes and pages, so a list whose first item shares a keep-together View with the
 * section heading is still one list (`parent`).
 */

/** The standard structure types the memo uses (ISO 32000-1, 14.8.4). */
export type StructureRole =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Note'
  | 'Link'
  | 'Reference'
  | 'BlockQuote'
  | 'Div'

export interface StructureElement {
  readonly role: StructureRole
  readonly alt?: string
  readonly scope?: 'Row' | 'Column'
  readonly parent?: StructureElement
}

/** One structure element, to be passed as `tag` to one or more nodes. */
export function structure(
  role: StructureRole,
  options: Omit<StructureElement, 'role'> = {},
): StructureElement {
  return { role, ...options }
}

/** Running header, footer and page number: pagination artifacts, not read as content. */
export const PAGINATION_ARTIFACT = 'Pagination' as const
