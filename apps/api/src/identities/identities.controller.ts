import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScope } from '../auth/auth.decorators';
import { ZodValidationPipe } from '../common/zod-validation';
import { scanIdSchema } from '../scans/scan-request.schema';
import { identitiesQuerySchema, type IdentitiesQuery } from './identities-query.schema';
import { IdentitiesService } from './identities.service';

@ApiTags('identities')
@ApiBearerAuth()
@Controller('v1/scans')
export class IdentitiesController {
  constructor(private readonly identities: IdentitiesService) {}

  @Get(':id/identities')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'The identity map: every workload -> role binding of the scan, with the role\'s risk summary' })
  list(
    @Param('id', new ZodValidationPipe(scanIdSchema, 'path')) id: string,
    @Query(new ZodValidationPipe(identitiesQuerySchema, 'query')) query: IdentitiesQuery,
  ) {
    return this.identities.list(id, query);
  }
}
