import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { Contract } from '../contract/route-contract';
import type { CreateGithubIntegrationRequest, CreateGithubUploadRequest } from './integration-request.schema';
import { integrationRoutes as routes } from './integrations.contract';
import { IntegrationsService } from './integrations.service';

@Controller()
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Post('v1/integrations/github')
  @Contract(routes.create)
  create(@Body(routes.create.validate.body) body: CreateGithubIntegrationRequest, @CurrentPrincipal() principal: Principal) {
    return this.integrations.create(body, principal);
  }

  @Get('v1/integrations/github')
  @Contract(routes.list)
  list() {
    return this.integrations.list();
  }

  @Delete('v1/integrations/github/:id')
  @HttpCode(204)
  @Contract(routes.remove)
  remove(@Param('id', routes.remove.validate.param('id')) id: string): Promise<void> {
    return this.integrations.remove(id);
  }

  @Post('v1/scans/:id/github-uploads')
  @HttpCode(202)
  @Contract(routes.upload)
  @UseGuards(QueueAvailableGuard)
  upload(
    @Param('id', routes.upload.validate.param('id')) id: string,
    @Body(routes.upload.validate.body) body: CreateGithubUploadRequest,
  ) {
    return this.integrations.upload(id, body);
  }
}
