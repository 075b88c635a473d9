import { Controller, Get, Param, Query } from '@nestjs/common';
import { Contract } from '../contract/route-contract';
import { identityRoutes as routes } from './identities.contract';
import type { IdentitiesQuery } from './identities-query.schema';
import { IdentitiesService } from './identities.service';

@Controller('v1/scans')
export class IdentitiesController {
  constructor(private readonly identities: IdentitiesService) {}

  @Get(':id/identities')
  @Contract(routes.list)
  list(@Param('id', routes.list.validate.param('id')) id: string, @Query(routes.list.validate.query) query: IdentitiesQuery) {
    return this.identities.list(id, query);
  }
}
