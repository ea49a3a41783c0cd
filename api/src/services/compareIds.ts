/** Code-point order for ids: the same on every machine, whatever its locale (a ranking must not depend on ICU). */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
