import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AlertsModule } from '@app/alerts';
import { AdminAlertRunsController } from './admin-alert-runs.controller';
import { AdminRequestGuard } from './admin-request.guard';
import { AlertUnsubscribeController } from './alert-unsubscribe.controller';
import { AlertsController } from './alerts.controller';
import { BullBoardSetup } from './bull-board.setup';

@Module({
  imports: [AlertsModule, AccountsModule],
  controllers: [AlertsController, AlertUnsubscribeController, AdminAlertRunsController],
  providers: [AdminRequestGuard, BullBoardSetup],
})
export class AlertsHttpModule {}
