import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { SubscriptionSummaryService } from '@app/billing';
import { CurrentUser } from '../http/current-user.decorator';
import { SubscriptionSummaryDto } from './dto/billing-responses.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/subscription')
export class MeSubscriptionController {
  constructor(private readonly summaries: SubscriptionSummaryService) {}

  @Get()
  @ApiOkResponse({ type: SubscriptionSummaryDto })
  show(@CurrentUser() user: AuthUser) {
    return this.summaries.forUser(user.id);
  }
}
