import { Module } from '@nestjs/common';
import { SuppressionsController } from '../suppressions/suppressions.controller';
import { ReportsController } from './reports.controller';

/** Scan diffs and SARIF, and suppressions; FindingsModule (global) supplies repositories and the annotator. */
@Module({ controllers: [ReportsController, SuppressionsController] })
export class ReportsModule {}
