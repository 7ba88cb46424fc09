export { meetingsApi } from './meetings.routes';
