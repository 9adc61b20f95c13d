import type { ChildProcess, StdioOptions } from "node:child_process";

/** Resolves when the child has exited (at once if it already has). */
export declare function exited(child: ChildProcess): Promise<void>;
/** Starts one app server (production build) on host:port and waits until it answers. */
export declare function startApp(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  host?: string;
}): Promise<ChildProcess>;
export declare function varnishAvailable(): boolean;
/** Starts Varnish with the project's VCL in front of the given app servers and waits until it answers. */
export declare function startVarnish(options: {
  port: number;
  backends: { host: string; port: number }[];
  purgers?: string[];
  workDir: string;
  host?: string;
  memory?: string;
  stdio?: StdioOptions;
}): Promise<ChildProcess>;
/** Stops children gracefully (SIGTERM), then forcefully after `graceMs`. */
export declare function stopAll(
  children: (ChildProcess | null | undefined)[],
  graceMs?: number,
): Promise<void>;
