// Joint cases (fellessaker): one case referred to several member councils, each council's treatment
// recorded by its clerk, rolled up into a matrix with a computed outcome.
export { jointCasesApi } from './joint-cases.routes';
export { jointCaseJobHandlers } from './jobs';
