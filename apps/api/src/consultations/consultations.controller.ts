import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ConsultationsService } from '@app/consultations';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ConsultationMessageDto } from './dto/consultation-message.dto';
import { ConsultationIdParam } from './dto/consultation-params.dto';
import { ConsultationDto, ConsultationPageDto } from './dto/consultation-responses.dto';
import { StartConsultationDto } from './dto/start-consultation.dto';

const NEEDS_PLUS = {
  status: 403,
  description: 'The career consultant needs the Plus plan (also after a downgrade: reading stays)',
} as const;

@ApiTags('consultations')
@Roles(Role.Seeker)
@Controller('me/consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Post()
  @Operation('startConsultation', 'Ask the career consultant a question: a new thread')
  @Created(ConsultationDto, { location: '/v1/me/consultations/{id}' })
  @ApiProblems(NEEDS_PLUS, { status: 422, description: 'The most open (not closed) threads at once are reached' })
  start(@CurrentUser() user: AuthUser, @Body() body: StartConsultationDto) {
    return this.consultations.start(user.id, body);
  }

  @Get()
  @Operation('listConsultations', 'List own threads with the career consultant, latest activity first')
  @ApiOkResponse({ type: ConsultationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.consultations.list(user.id, query);
  }

  @Get(':id')
  @Operation('getConsultation', 'Read an own thread, every message in order')
  @ApiOkResponse({ type: ConsultationDto })
  @ApiProblems(404)
  get(@CurrentUser() user: AuthUser, @Param() params: ConsultationIdParam) {
    return this.consultations.get(user.id, params.id);
  }

  @Post(':id/messages')
  @Operation('addConsultationMessage', 'Write in an own thread', 'The thread goes back to the consultant: `open` again.')
  @Created(ConsultationDto, {
    location: '/v1/me/consultations/{id}',
    description: 'The message is added; the thread (where it is read) as it is now',
  })
  @ApiProblems(NEEDS_PLUS, 404, { status: 409, description: 'The thread is closed' }, { status: 422, description: 'The thread is full' })
  addMessage(@CurrentUser() user: AuthUser, @Param() params: ConsultationIdParam, @Body() body: ConsultationMessageDto) {
    return this.consultations.addMessage(user.id, params.id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Operation('closeConsultation', 'Close an own thread (idempotent; on any plan)')
  @ApiOkResponse({ type: ConsultationDto })
  @ApiProblems(404)
  close(@CurrentUser() user: AuthUser, @Param() params: ConsultationIdParam) {
    return this.consultations.close(user.id, params.id);
  }
}
