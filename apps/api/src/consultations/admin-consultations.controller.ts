import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdminConsultationsService } from '@app/consultations';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { ConsultationMessageDto } from './dto/consultation-message.dto';
import { ConsultationIdParam, ConsultationQueueQueryDto } from './dto/consultation-params.dto';
import { AdminConsultationDto, AdminConsultationPageDto } from './dto/consultation-responses.dto';

@ApiTags('consultations')
@Roles(Role.Admin)
@Controller('admin/consultations')
export class AdminConsultationsController {
  constructor(private readonly consultations: AdminConsultationsService) {}

  @Get()
  @Operation('listConsultationQueue', "The career consultants' queue by status (default `open`: waiting, longest first)")
  @ApiOkResponse({ type: AdminConsultationPageDto })
  queue(@Query() query: ConsultationQueueQueryDto) {
    return this.consultations.queue(query);
  }

  @Get(':id')
  @Operation('getConsultationForConsultant', 'Read a thread, every message in order, with its seeker')
  @ApiOkResponse({ type: AdminConsultationDto })
  @ApiProblems(404)
  get(@Param() params: ConsultationIdParam) {
    return this.consultations.get(params.id);
  }

  @Post(':id/messages')
  @Operation('replyToConsultation', 'Reply as the consultant', 'Signed with your name; the seeker is mailed a link to the thread.')
  @Created(AdminConsultationDto, {
    location: '/v1/admin/consultations/{id}',
    description: 'The reply is added; the thread (where it is read) as it is now',
  })
  @ApiProblems(404, { status: 409, description: 'The seeker closed the thread' }, { status: 422, description: 'The thread is full' })
  reply(@CurrentUser() user: AuthUser, @Param() params: ConsultationIdParam, @Body() body: ConsultationMessageDto) {
    return this.consultations.reply({ id: user.id }, params.id, body);
  }
}
