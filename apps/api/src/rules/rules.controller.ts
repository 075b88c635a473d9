import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_RULES } from '@rolecall/rules';
import { RequireScope } from '../auth/auth.decorators';

@ApiTags('rules')
@ApiBearerAuth()
@Controller('v1/rules')
export class RulesController {
  @Get()
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'The rule catalog' })
  list() {
    return { items: ALL_RULES.map((rule) => rule.metadata) };
  }
}
