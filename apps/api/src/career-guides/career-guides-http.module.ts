import { Module } from '@nestjs/common';
import { CareerGuidesModule } from '@app/career-guides';
import { AdminGuidesController } from './admin-guides.controller';
import { GuidesController } from './guides.controller';

@Module({
  imports: [CareerGuidesModule],
  controllers: [GuidesController, AdminGuidesController],
})
export class CareerGuidesHttpModule {}
