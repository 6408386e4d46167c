/** The record schemas are the read service's (src/app/read/records.ts); routes answer with them as they are. */
export * from '../../app/read/records.js'
