export { servicesApi } from './services.routes';
