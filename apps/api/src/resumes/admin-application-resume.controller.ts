import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Role } from '@app/accounts';
import { ApplicationResumesService } from '@app/resumes';
import { ApplicationIdParam } from '../applications/dto/application-params.dto';
import { ApiProblems } from '../http/api-problems.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { sendPdf } from './pdf-download';

@ApiTags('resumes')
@Roles(Role.Admin)
@Controller('admin/applications')
export class AdminApplicationResumeController {
  constructor(private readonly attached: ApplicationResumesService) {}

  @Get(':id/resume/file')
  @ApiProduces('application/pdf')
  @Operation('downloadApplicationResumeFile', 'Download the CV an application was sent with')
  @ApiOkResponse({ description: 'The PDF as it was when the seeker applied', schema: { type: 'string', format: 'binary' } })
  @ApiProblems({ status: 404, description: 'No such application, or it carries no PDF' })
  async download(@Param() params: ApplicationIdParam, @Res() reply: FastifyReply) {
    return sendPdf(reply, await this.attached.fileOfApplication(params.id), 'application-resume.pdf');
  }
}
