// The editorial desk: editors' state beside the archive (see desk.ts), users and sessions (users.ts).
export { openDeskDb, migrateDesk, DESK_SCHEMA_VERSION, type DeskDb } from './db.js';
export { Desk, DESK_ENGINE, type ArticleDeskSummary, type WriteOptions } from './desk.js';
export { Users, bcryptCost, MIN_PASSWORD, SESSION_HOURS, sameSecret, randomToken, type Editor, type Session } from './users.js';
export { mergeRegenerated, questionKey, type MergePlan, type MergeStep, type MergeablePair } from './merge.js';
export * from './model.js';
