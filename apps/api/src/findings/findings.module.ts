import { Global, Module } from '@nestjs/common';
import { CurrentFindingsRepository, GithubIntegrationsRepository, ScanHistoryRepository, SuppressionsRepository, type Database } from '@rolecall/persistence';
import { DATABASE } from '@rolecall/runtime';
import { PageCursors } from '../common/page-cursors';
import { CurrentFindingsService } from './current-findings.service';
import { FindingAnnotator } from './finding-annotator.service';
import { FindingsController } from './findings.controller';
import { ScanFindingsReader } from './scan-findings.reader';
import { ScanSarifService } from './scan-sarif.service';

type RepositoryType = new (db: Database['db']) => unknown;
const repository = (type: RepositoryType) => ({ provide: type, useFactory: (database: Database) => new type(database.db), inject: [DATABASE] });

const SHARED = [FindingAnnotator, ScanFindingsReader, ScanSarifService, SuppressionsRepository, ScanHistoryRepository, CurrentFindingsRepository, GithubIntegrationsRepository];

/** Current-state findings, plus what the scans, reports, suppressions and integrations endpoints share (global). */
@Global()
@Module({
  controllers: [FindingsController],
  providers: [
    repository(SuppressionsRepository),
    repository(ScanHistoryRepository),
    repository(CurrentFindingsRepository),
    repository(GithubIntegrationsRepository),
    FindingAnnotator,
    ScanFindingsReader,
    ScanSarifService,
    CurrentFindingsService,
    PageCursors,
  ],
  exports: SHARED,
})
export class FindingsModule {}
