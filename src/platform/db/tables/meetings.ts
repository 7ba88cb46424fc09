// The tables of meetings, agenda items, cases, case numbers and treatments (migration 0005). Same conventions as schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface MeetingsTables {}
