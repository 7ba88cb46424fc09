/**
 * Survey results (issue 6): response rates and distributions with small cells suppressed, charts,
 * exports (CSV, XLSX, PDF) and the results API. Every output is made from `computeResults`, so the
 * suppression rule (suppression.ts) cannot be bypassed. The web imports this file.
 */
export { computeResults } from './compute-results';
export { surveyResults, surveyResultsInput } from './load-results';
export { cellMinimum, suppressGroups, suppressCells, SMALL_CELL_FLOOR } from './suppression';
export { barChartSvg, type BarChart } from './charts';
export { answersCsv, resultsXlsx, percentOf } from './exports';
export { answersTable } from './answers-table';
export { resultsPdf, type ResultsReport } from './results-pdf';
export { canSeeResults } from './results.policy';
export { surveyResultsApi } from './results.routes';
export { DIMENSIONS } from './results.types';
export type { Dimension, Distribution, GroupDistribution, RateRow, ResponseRates, SurveyResults, SurveyResultsInput, FreeTextResult, Category } from './results.types';
