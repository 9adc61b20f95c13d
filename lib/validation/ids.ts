/**
 * Shapes of record ids (cuid) and URL slugs: checked before any lookup. A module without zod, so
 * client code (the claim form's look-ups) can check an id without bundling the schemas.
 */
export const ID_PATTERN = /^[a-z0-9]{10,40}$/;
export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;
export const isId = (value: string) => ID_PATTERN.test(value);
export const isSlug = (value: string) => SLUG_PATTERN.test(value);
