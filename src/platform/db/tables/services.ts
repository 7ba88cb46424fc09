// The tables of focus areas, joint services, cost keys, population (migration 0009). Same conventions as schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ServicesTables {}
