export { siteApi } from './site.routes';
