export declare const OUTPUT_PACKAGES: readonly string[]
export declare function recoverOutputs(root: string): boolean
export declare function commitBuild(
  root: string,
  fingerprint: string,
): { readonly ok: boolean; readonly problems: readonly string[] }
