// The demo data: Vestregionen and Kommunehelsesamarbeidet, from the source documents, with what is
// reconstructed or only illustrative said so in the data itself.
export { seedDemo, isDatabaseEmpty, DEMO_COOPERATIONS } from './seed';
