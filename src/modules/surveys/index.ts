export { surveysApi } from './surveys.routes';
