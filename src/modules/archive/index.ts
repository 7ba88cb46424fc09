export { archiveApi } from './archive.routes';
