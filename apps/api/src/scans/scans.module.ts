import { Module } from '@nestjs/common';
import { PageCursors } from '../common/page-cursors';
import { ScanFindingsService } from './scan-findings.service';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';

@Module({
  controllers: [ScansController],
  providers: [ScansService, ScanFindingsService, PageCursors],
})
export class ScansModule {}
