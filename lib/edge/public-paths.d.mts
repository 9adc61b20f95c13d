export declare function isStaffPath(pathname: string): boolean;
export declare function isAssetPath(pathname: string): boolean;
export declare function isPublicPath(pathname: string): boolean;
export declare const LIST_KEY: "claims-list";
export declare const ALL_PUBLIC_KEY: "public";
export declare const LIST_PAGES: string[];
export declare function surrogateKeysFor(pathname: string): string[] | null;
