import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { EntityManager, Repository } from 'typeorm';
import { JobName, jobId, QueueName } from '@app/queue';
import { MailMessage } from './mail-message';
import { OutboundMail } from './outbound-mail.entity';

/** Queues mail: stores the rendered message, then adds a job carrying its id. */
@Injectable()
export class MailService {
  constructor(
    @InjectRepository(OutboundMail) private readonly mails: Repository<OutboundMail>,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue,
  ) {}

  async queueMail(message: MailMessage): Promise<string> {
    const id = await this.store(message);
    await this.dispatch(id);
    return id;
  }

  /** Stores inside the caller's transaction; call dispatch() once it has committed. */
  async store(message: MailMessage, manager?: EntityManager): Promise<string> {
    const repository = manager ? manager.getRepository(OutboundMail) : this.mails;
    const saved = await repository.save(repository.create({ ...message, headers: message.headers ?? {} }));
    return saved.id;
  }

  async dispatch(mailId: string): Promise<void> {
    await this.queue.add(JobName.SendMail, { mailId }, { jobId: jobId(JobName.SendMail, mailId) });
  }
}
