import type { Migration } from 'kysely';
import * as registry from './0001_registry';
import * as cooperations from './0002_cooperations';
import * as people from './0003_people';
import * as accounts from './0004_accounts_and_audit';
import * as meetingsAndCases from './0005_meetings_and_cases';
import * as archive from './0006_archive';
import * as siteAndProcesses from './0007_site_and_processes';
import * as surveys from './0008_surveys';
import * as services from './0009_services';
import * as jointCases from './0010_joint_cases';
import * as pageCache from './0011_page_cache';
import * as searchSpeed from './0012_search_speed';

/** The one ordered history for both engines. Append only: never edit a migration that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001_registry': registry,
  '0002_cooperations': cooperations,
  '0003_people': people,
  '0004_accounts_and_audit': accounts,
  '0005_meetings_and_cases': meetingsAndCases,
  '0006_archive': archive,
  '0007_site_and_processes': siteAndProcesses,
  '0008_surveys': surveys,
  '0009_services': services,
  '0010_joint_cases': jointCases,
  '0011_page_cache': pageCache,
  '0012_search_speed': searchSpeed,
};
