/** People around you (issue 18): the page, and the people line other features show on their records. */
export { PeoplePage } from './components/PeoplePage';
export { RecordPeople } from './components/RecordPeople';
