// Weekdays as news writes them (see table.ts): "on Monday" in a report is the
// Monday before the article's date, the article's own weekday is that day,
// and in an announcement the next one after.
import { FRI, MON, SUN, WED, n } from './row.js'

export const NEWS_WEEKDAYS = [
  n('The foreign ministers met on Monday in Hanoi.', WED, '2024-11-04', 'day'),
  n('The foreign ministers met on Tuesday in Hanoi.', WED, '2024-11-05', 'day'),
  n('The foreign ministers met on Wednesday in Hanoi.', WED, '2024-11-06', 'day'),
  n('The foreign ministers met on Thursday in Hanoi.', WED, '2024-10-31', 'day'),
  n('The foreign ministers met on Friday in Hanoi.', WED, '2024-11-01', 'day'),
  n('The foreign ministers met on Saturday in Hanoi.', WED, '2024-11-02', 'day'),
  n('The foreign ministers met on Sunday in Hanoi.', WED, '2024-11-03', 'day'),
  n('The ministry said on Monday that the talks went well.', FRI, '2023-03-13', 'day'),
  n('The envoy was summoned Tuesday over the incident.', FRI, '2023-03-14', 'day'),
  n('Protesters gathered outside the embassy on Friday.', FRI, '2023-03-17', 'day'),
  n('Protesters gathered outside the embassy on Saturday.', FRI, '2023-03-11', 'day'),
  n('The two leaders spoke by phone on Thursday (local time).', FRI, '2023-03-16', 'day'),
  n('In a statement on Wednesday, the ministry protested.', FRI, '2023-03-15', 'day'),
  n('A coast guard ship entered the area on Sunday.', MON, '2025-01-12', 'day'),
  n('A coast guard ship entered the area on Monday.', MON, '2025-01-13', 'day'),
  n('A coast guard ship entered the area on Tuesday.', MON, '2025-01-07', 'day'),
  n('A coast guard ship entered the area late on Friday.', MON, '2025-01-10', 'day'),
  n('The delegation arrived Saturday morning.', SUN, '2022-07-30', 'day'),
  n('The delegation left on Sunday afternoon.', SUN, '2022-07-31', 'day'),
  // The present progressive of an occasion is an arrangement: its weekday is to come.
  n('The two presidents are meeting in Lima on Friday.', WED, '2024-11-08', 'day'),
  n('The ministers are visiting the port on Monday.', WED, '2024-11-11', 'day'),
  // ... and says nothing of the other dates of its clause.
  n('Following the accord signed in May, the two countries are hosting a conference.', WED, '2024-05', 'month', { find: 'May' }),
  n('The delegation arrived on Monday evening.', SUN, '2022-07-25', 'day'),
  n('The premier will fly to Tokyo on Friday.', WED, '2024-11-08', 'day'),
  n('The premier is due to arrive on Monday.', WED, '2024-11-11', 'day'),
  n('The premier is scheduled to visit on Tuesday.', WED, '2024-11-12', 'day'),
  n('The premier will hold talks on Thursday.', FRI, '2023-03-23', 'day'),
  n('Talks will resume on Monday, officials said.', FRI, '2023-03-20', 'day', { find: 'Monday' }),
  n('The summit opens Saturday.', FRI, '2023-03-18', 'day', { tense: 'future' }),
  n('The ministers met last Thursday.', WED, '2024-10-31', 'day'),
  n('The ministers will meet next Monday.', WED, '2024-11-11', 'day'),
  n('The ministers met this Monday.', WED, '2024-11-04', 'day'),
  n('The ministers meet this Friday.', WED, '2024-11-08', 'day'),
]

/** "Weekday of next week" and its relatives. */
export const WEEKDAY_OF_WEEK = [
  n('The talks will be held on Friday of next week.', WED, '2024-11-15', 'day'),
  n('The talks will be held friday of next week.', WED, '2024-11-15', 'day'),
  n('The talks will be held on Monday next week.', WED, '2024-11-11', 'day'),
  n('The talks will be held next week Tuesday.', WED, '2024-11-12', 'day'),
  n('The talks were held on Wednesday of last week.', WED, '2024-10-30', 'day'),
  n('The talks will be held on Thursday of this week.', WED, '2024-11-07', 'day'),
  n('The talks will be held on Tuesday of next week.', FRI, '2023-03-21', 'day'),
  n('The talks will be held Friday of next week.', FRI, '2023-03-24', 'day'),
  n('The talks were held on Monday of last week.', FRI, '2023-03-06', 'day'),
  n('The talks were held Monday last week.', FRI, '2023-03-06', 'day'),
  n('The talks will be held on Thursday of next week.', MON, '2025-01-23', 'day'),
  n('The talks were held on Wednesday of last week.', MON, '2025-01-08', 'day'),
  n('The talks will be held on Sunday of next week.', MON, '2025-01-26', 'day'),
  n('The talks will be held on Wednesday next week.', SUN, '2022-08-03', 'day'),
  n('The talks were held Thursday last week.', SUN, '2022-07-21', 'day'),
  n('The talks will be held the Friday after next.', WED, '2024-11-15', 'day'),
  // A weekday told with its date is the date's day, whatever the weekday alone would mean.
  n('The premier will arrive next Sunday (March 19) for a state visit.', FRI, '2023-03-19', 'day'),
  n('The envoy said the talks were held on Monday (March 13) in Rome.', FRI, '2023-03-13', 'day'),
  n('The two presidents signed the accords this Friday (17th) in the capital.', '2023-03-22', '2023-03-17', 'day'),
  n('The ministers will meet on Thursday, March 23, in Geneva.', FRI, '2023-03-23', 'day'),
]
