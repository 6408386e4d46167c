/** The API's parameter schemas live with the application, shared with the CLI. */
export {
  paging,
  text,
  IdParam,
  pair,
  eventType,
  eventStatus,
  dateBound,
  orderedDates,
  recordFilters,
  eventFilters,
  indicatorName,
  entityType,
  flag,
  conflictKind,
  entityFilters,
  ENTITY_TYPES,
} from '../../app/params.js'
