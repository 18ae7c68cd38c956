export declare const workspaceRoot: string
export declare const defaultDataDir: string
export declare const DATA_FILE: RegExp
export declare function chooseDataDir(env?: NodeJS.ProcessEnv, root?: string): string
export declare function resolvedDataEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv

export interface DataFile {
  readonly name: string
  readonly path: string
  readonly bytes: number
}
export type FileTrouble =
  | {
      readonly name: string
      readonly path: string
      readonly kind: 'danglingLink'
      readonly lockFile: boolean
    }
  | {
      readonly name: string
      readonly path: string
      readonly kind: 'unreadable'
      readonly code: string
    }
  | {
      readonly name: string
      readonly path: string
      readonly kind: 'tooLarge'
      readonly bytes: number
    }
export type FolderListing =
  | {
      readonly ok: true
      readonly dir: string
      readonly files: readonly DataFile[]
      readonly troubles: readonly FileTrouble[]
    }
  | {
      readonly ok: false
      readonly reason: 'missing' | 'notDirectory' | 'unreadable' | 'noYaml'
      readonly code: string
    }
export declare function listDataFiles(dir: string, options?: { maxBytes?: number }): FolderListing
