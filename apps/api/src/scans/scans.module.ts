import { Module } from '@nestjs/common';
import { PageCursors } from '../common/page-cursors';
import { IntegrationsModule } from '../integrations/integrations.module';
import { ScanFindingsService } from './scan-findings.service';
import { ScanNotAssessedService } from './scan-not-assessed.service';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';

@Module({
  imports: [IntegrationsModule],
  controllers: [ScansController],
  providers: [ScansService, ScanFindingsService, ScanNotAssessedService, PageCursors],
})
export class ScansModule {}
