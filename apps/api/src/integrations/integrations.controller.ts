import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScope } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { ZodValidationPipe } from '../common/zod-validation';
import { scanIdSchema } from '../scans/scan-request.schema';
import {
  createGithubIntegrationSchema,
  createGithubUploadSchema,
  integrationIdSchema,
  type CreateGithubIntegrationRequest,
  type CreateGithubUploadRequest,
} from './integration-request.schema';
import { IntegrationsService } from './integrations.service';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller()
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Post('v1/integrations/github')
  @RequireScope('admin')
  @ApiOperation({ summary: 'Register a GitHub repository for SARIF uploads; the token is stored encrypted and never returned' })
  create(@Body(new ZodValidationPipe(createGithubIntegrationSchema, 'body')) body: CreateGithubIntegrationRequest, @CurrentPrincipal() principal: Principal) {
    return this.integrations.create(body, principal);
  }

  @Get('v1/integrations/github')
  @RequireScope('admin')
  list() {
    return this.integrations.list();
  }

  @Delete('v1/integrations/github/:id')
  @HttpCode(204)
  @RequireScope('admin')
  remove(@Param('id', new ZodValidationPipe(integrationIdSchema, 'path')) id: string): Promise<void> {
    return this.integrations.remove(id);
  }

  @Post('v1/scans/:id/github-uploads')
  @HttpCode(202)
  @RequireScope('scans:write')
  @UseGuards(QueueAvailableGuard)
  @ApiOperation({ summary: "Upload the scan's SARIF to a registered GitHub repository; GET /v1/scans/{id} shows the outcome" })
  upload(
    @Param('id', new ZodValidationPipe(scanIdSchema, 'path')) id: string,
    @Body(new ZodValidationPipe(createGithubUploadSchema, 'body')) body: CreateGithubUploadRequest,
  ) {
    return this.integrations.upload(id, body);
  }
}
