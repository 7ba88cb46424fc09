export { casesApi } from './cases.routes';
