import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdviceService } from '@app/advice';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { AdviceQueryDto } from './dto/advice-query.dto';
import { AdviceDto } from './dto/advice-responses.dto';

@ApiTags('advice')
@Roles(Role.Seeker)
@Controller('me/advice')
export class AdviceController {
  constructor(private readonly advice: AdviceService) {}

  @Get()
  @Operation('getAdvice', 'Open listings ranked for the own resume and alerts, with reasons, and a skill gap for a target role')
  @ApiOkResponse({ type: AdviceDto })
  @ApiProblems(
    { status: 403, description: 'Job advice needs the Plus plan' },
    { status: 404, description: 'The `guide` is not a published guide' },
  )
  get(@CurrentUser() user: AuthUser, @Query() query: AdviceQueryDto) {
    return this.advice.adviceFor(user.id, query);
  }
}
