export declare function dataDir(root: string, env: NodeJS.ProcessEnv): string
export declare function gateKey(root: string, dir: string): string | null
export type GateResult =
  | { readonly ok: true; readonly fingerprint: string; readonly remembered: boolean }
  | { readonly ok: false; readonly output: string }
export declare function checkData(root: string, env: NodeJS.ProcessEnv): GateResult
