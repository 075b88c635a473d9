import { Controller, Get } from '@nestjs/common';
import { ALL_RULES } from '@rolecall/rules';
import { Contract } from '../contract/route-contract';
import { ruleRoutes as routes } from './rules.contract';

@Controller('v1/rules')
export class RulesController {
  @Get()
  @Contract(routes.list)
  list() {
    return { items: ALL_RULES.map((rule) => rule.metadata) };
  }
}
