export { processesApi } from './processes.routes';
