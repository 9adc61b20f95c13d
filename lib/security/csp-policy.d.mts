export declare function buildPolicy(scriptSources: string[], options?: { frameAncestors?: string }): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function publicPagePolicy(html: string, options?: { frameAncestors?: string }): string;
