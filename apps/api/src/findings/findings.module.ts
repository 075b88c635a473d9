import { Global, Module } from '@nestjs/common';
import {
  CurrentFindingsRepository,
  FindingsRepository,
  GithubIntegrationsRepository,
  NotAssessedRepository,
  ScanHistoryRepository,
  SchedulesRepository,
  SuppressionsRepository,
  type Database,
} from '@rolecall/persistence';
import { FindingAnnotator, ScanFindingsReader, ScanSarif } from '@rolecall/publishing';
import { DATABASE } from '@rolecall/runtime';
import { PageCursors } from '../common/page-cursors';
import { CurrentFindingsService } from './current-findings.service';
import { FindingsController } from './findings.controller';

type RepositoryType = new (db: Database['db']) => unknown;
const repository = (type: RepositoryType) => ({ provide: type, useFactory: (database: Database) => new type(database.db), inject: [DATABASE] });

const SHARED = [
  FindingAnnotator,
  ScanFindingsReader,
  ScanSarif,
  SuppressionsRepository,
  ScanHistoryRepository,
  CurrentFindingsRepository,
  GithubIntegrationsRepository,
  SchedulesRepository,
  NotAssessedRepository,
];

/** Current-state findings, plus what the scans, reports, suppressions and integrations endpoints share (global). */
@Global()
@Module({
  controllers: [FindingsController],
  providers: [
    repository(SuppressionsRepository),
    repository(ScanHistoryRepository),
    repository(CurrentFindingsRepository),
    repository(GithubIntegrationsRepository),
    repository(SchedulesRepository),
    repository(NotAssessedRepository),
    {
      provide: FindingAnnotator,
      inject: [ScanHistoryRepository, SuppressionsRepository],
      useFactory: (history: ScanHistoryRepository, suppressions: SuppressionsRepository) => new FindingAnnotator(history, suppressions),
    },
    { provide: ScanFindingsReader, inject: [FindingsRepository], useFactory: (findings: FindingsRepository) => new ScanFindingsReader(findings) },
    {
      provide: ScanSarif,
      inject: [ScanFindingsReader, FindingAnnotator, NotAssessedRepository],
      useFactory: (reader: ScanFindingsReader, annotator: FindingAnnotator, notAssessed: NotAssessedRepository) => new ScanSarif(reader, annotator, notAssessed),
    },
    CurrentFindingsService,
    PageCursors,
  ],
  exports: SHARED,
})
export class FindingsModule {}
