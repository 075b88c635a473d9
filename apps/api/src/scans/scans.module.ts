import { Module } from '@nestjs/common';
import { PageCursors } from '../common/page-cursors';
import { IntegrationsModule } from '../integrations/integrations.module';
import { ScanFindingsService } from './scan-findings.service';
import { ScanNotAssessedService } from './scan-not-assessed.service';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';
import { SeverityCountsCache } from './severity-counts.cache';

@Module({
  imports: [IntegrationsModule],
  controllers: [ScansController],
  providers: [ScansService, ScanFindingsService, ScanNotAssessedService, PageCursors, SeverityCountsCache],
})
export class ScansModule {}
