import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDeliveryService } from './mail-delivery.service';
import { MailPersonalDataSource } from './mail-personal-data.source';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { OutboundMail } from './outbound-mail.entity';
import { OutboundMailRetentionPolicy } from './outbound-mail-retention.policy';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundMail])],
  providers: [MailService, MailTransport, MailDeliveryService, MailPersonalDataSource, OutboundMailRetentionPolicy],
  exports: [MailService, MailDeliveryService],
})
export class MailModule {}
