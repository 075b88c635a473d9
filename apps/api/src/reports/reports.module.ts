import { Module } from '@nestjs/common';
import { IntegrationsModule } from '../integrations/integrations.module';
import { SuppressionsController } from '../suppressions/suppressions.controller';
import { ReportsController } from './reports.controller';

/** Scan diffs and SARIF, suppressions and GitHub integrations; FindingsModule (global) supplies repositories and the annotator. */
@Module({ imports: [IntegrationsModule], controllers: [ReportsController, SuppressionsController] })
export class ReportsModule {}
