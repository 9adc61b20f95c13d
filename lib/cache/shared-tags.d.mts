export interface SharedTags {
  /** Whether REDIS_URL is configured. */
  readonly shared: boolean;
  healthy(): boolean;
  epoch(): number;
  now(): number;
  expire(tags: readonly string[], at?: number): Promise<void>;
  expireLocal(tags: readonly string[], at?: number): void;
  lastExpiry(tags: readonly string[]): Promise<number>;
  noteStaleRender(key: string): void;
  staleRenderAt(key: string): number;
  close(): Promise<void>;
}
export declare const MAX_ENTRY_AGE_MS: number;
export declare function sharedTags(): SharedTags;
