export declare const HELP: Record<string, string>
export declare function helpFor(tasks: readonly string[]): string
export declare function wantsHelp(args: readonly string[]): boolean
export declare function portBusyMessage(port: number): string
