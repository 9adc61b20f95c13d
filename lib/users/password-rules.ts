/**
 * What a password must be, in a module of its own so that the password forms (client code) can
 * say it without bundling the validation schemas.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
