export declare const STAGED: 'dist-next'
export declare const STAMP: 'build-stamp.txt'
export declare function sweepLeftovers(target: string): void
export declare function writeFileAtomic(path: string, data: string | Uint8Array): void
export declare function stagingDir(target: string): string
export declare function replaceDir(staging: string, target: string): void
export declare function recoverCommit(journal: string): boolean
export interface Move {
  readonly staged: string
  readonly target: string
}
export declare function commitOutputs(
  moves: readonly Move[],
  fingerprint: string,
  journal: string,
): { readonly ok: boolean; readonly problems: readonly string[] }
