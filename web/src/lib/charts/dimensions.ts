/** The four embedding dimensions, in the order the documents give them (mirrors graph-schema/model.ts DIMENSIONS). */
export const DIMENSIONS_ORDER = ['subject', 'institution', 'resource', 'technology'] as const;
export type Dimension = (typeof DIMENSIONS_ORDER)[number];

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS_ORDER as readonly string[]).includes(value);
}
