import { Module } from '@nestjs/common';
import { AdviceModule } from '@app/advice';
import { AdviceController } from './advice.controller';

@Module({
  imports: [AdviceModule],
  controllers: [AdviceController],
})
export class AdviceHttpModule {}
