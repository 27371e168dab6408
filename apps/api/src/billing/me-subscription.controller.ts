import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { SubscriptionSummaryService } from '@app/billing';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { SubscriptionSummaryDto } from './dto/billing-responses.dto';

@ApiTags('billing')
@Controller('me/subscription')
export class MeSubscriptionController {
  constructor(private readonly summaries: SubscriptionSummaryService) {}

  @Get()
  @Operation('getMySubscription', "The caller's plan and subscription status")
  @ApiOkResponse({ type: SubscriptionSummaryDto })
  show(@CurrentUser() user: AuthUser) {
    return this.summaries.forUser(user.id);
  }
}
