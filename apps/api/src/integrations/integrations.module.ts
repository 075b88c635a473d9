import { Module } from '@nestjs/common';
import { IntegrationsController } from './integrations.controller';
import { IntegrationsService } from './integrations.service';
import { UploadTargetValidator } from './upload-target.validator';

@Module({ controllers: [IntegrationsController], providers: [IntegrationsService, UploadTargetValidator], exports: [UploadTargetValidator] })
export class IntegrationsModule {}
