/**
 * The dataset package's edge: choosing the folder (BRIEFING_DATA), reading its files, and
 * plugging in the fonts' glyph coverage. Renderers call `loadBriefingData`.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { FONT_FAMILY, glyphCoverage } from '@briefing/fonts'
import { type CheckResult, checkDataset, type DatasetListing } from './check.ts'
import { checkedKey, readChecked, writeChecked } from './checkedCache.ts'
import {
  chooseDataDir,
  defaultDataDir,
  type FileTrouble,
  listDataFiles,
  workspaceRoot,
} from './folder/dataFolder.mjs'
import { type Message, msg } from './messages/catalogue.ts'
import { formatProblem, type Problem } from './problem.ts'
import { looksUtf16, MAX_FILE_BYTES } from './steps/limits.ts'

export { hashSources } from './sourceHash.ts'
export { defaultDataDir, workspaceRoot }

/** `BRIEFING_DATA=dir` selects another dataset for everything downstream. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return chooseDataDir(env)
}

export type ReadResult = { ok: true; listing: DatasetListing } | { ok: false; problems: Problem[] }

/**
 * Reads every *.yaml / *.yml file of a directory (subfolders such as schema/ are ignored).
 * Sizes are checked on disk before reading; a file that cannot be read as UTF-8 text is
 * handed to the check as a trouble with its message, never thrown.
 */
export function readDatasetDir(dir: string, cwd: string = process.cwd()): ReadResult {
  const label = displayPath(dir, cwd)
  const listed = listDataFiles(dir, { maxBytes: MAX_FILE_BYTES })
  if (!listed.ok) {
    const message: Message =
      listed.reason === 'missing'
        ? msg('folder.missing')
        : listed.reason === 'notDirectory'
          ? msg('folder.notDirectory')
          : listed.reason === 'noYaml'
            ? msg('folder.noYaml')
            : msg('folder.unreadable', { code: listed.code })
    return {
      ok: false,
      problems: [
        { file: label, line: 1, col: 1, item: { kind: 'folder' }, path: '(directory)', message },
      ],
    }
  }
  const files = new Map<string, string>()
  const troubles = new Map<string, Message>()
  for (const t of listed.troubles) troubles.set(t.name, troubleMessage(t))
  for (const f of listed.files) {
    let bytes: Buffer
    try {
      bytes = readFileSync(f.path)
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'EIO'
      troubles.set(f.name, msg('file.unreadable', { code }))
      continue
    }
    if (isUtf16(bytes)) troubles.set(f.name, msg('file.utf16'))
    else files.set(f.name, bytes.toString('utf8'))
  }
  return { ok: true, listing: { label, files, troubles } }
}

function troubleMessage(t: FileTrouble): Message {
  switch (t.kind) {
    case 'danglingLink':
      return msg('file.danglingLink', { lockFile: t.lockFile })
    case 'tooLarge':
      return msg('file.tooLarge', { bytes: t.bytes, max: MAX_FILE_BYTES })
    default:
      return msg('file.unreadable', { code: t.code })
  }
}

/** A UTF-16 byte-order mark (either order), or NUL bytes between the letters. */
function isUtf16(bytes: Buffer): boolean {
  const [a, b] = bytes
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true
  return looksUtf16(bytes.subarray(0, 200).toString('latin1'))
}

/** Read, validate against the embedded fonts, and return the dataset or every problem. */
export function loadBriefingData(
  dir: string = dataDirFromEnv(),
  cwd?: string,
): CheckResult & { dir: string } {
  const read = readDatasetDir(dir, cwd)
  if (!read.ok) return { ok: false, problems: read.problems, dir }
  const listing = read.listing
  const check = (): CheckResult =>
    checkDataset(listing, { covers: glyphCoverage(), fontName: FONT_FAMILY })
  // The same bytes checked clean before (the build's gate, a moment ago): not again
  // (issue 17, ./checkedCache.ts). Where an item sits is found only if someone asks.
  const key = checkedKey(listing, dir)
  const kept = readChecked(key)
  if (kept) {
    let full: CheckResult | undefined
    const locate: Extract<CheckResult, { ok: true }>['locate'] = (section, path) => {
      full ??= check()
      if (!full.ok) throw new Error('the kept dataset no longer checks clean')
      return full.locate(section, path)
    }
    return { ok: true, ...kept, locate, dir }
  }
  const result = check()
  if (result.ok) writeChecked(key, { dataset: result.dataset, fingerprint: result.fingerprint })
  return { ...result, dir }
}

/** Thrown by renderers when the dataset is invalid; the message lists every problem. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `데이터에 문제가 ${problems.length}건 있습니다:\n${problems.map((p) => formatProblem(p)).join('\n')}`,
    )
    this.name = 'DatasetError'
  }
}

function displayPath(dir: string, cwd: string): string {
  const rel = relative(cwd, dir)
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel
}
