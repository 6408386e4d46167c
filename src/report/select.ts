// The brief selects records with the same functions as the relationship summary.
export { chronological, distinctEvents, headlineFigures, latestEvents, type DistinctEvent } from '../app/relationship/distinct.js'
