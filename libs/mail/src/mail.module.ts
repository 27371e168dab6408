import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDeliveryService } from './mail-delivery.service';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { OutboundMail } from './outbound-mail.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundMail])],
  providers: [MailService, MailTransport, MailDeliveryService],
  exports: [MailService, MailDeliveryService],
})
export class MailModule {}
