import { Controller, Delete, Get, HttpCode, Put, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { AuthUser, Role } from '@app/accounts';
import { ResumeFilesService } from '@app/resumes';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { ResumeFileDto } from './dto/resume-responses.dto';
import { PdfBody } from './pdf-body.decorator';
import { PDF_MEDIA_TYPE } from './pdf-body-parser';
import { sendPdf } from './pdf-download';

@ApiTags('resumes')
@Roles(Role.Seeker, Role.Admin)
@Controller('me/resume/file')
export class MyResumeFileController {
  constructor(private readonly files: ResumeFilesService) {}

  @Put()
  @ApiConsumes(PDF_MEDIA_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The CV: a PDF of at most 2 MB' })
  @Operation(
    'uploadMyResumeFile',
    'Upload the CV as a PDF (replaces the previous one)',
    'Checked by its bytes (`%PDF-` … `%%EOF`), not its name. Over 2 MB: 413.',
  )
  @ApiOkResponse({ type: ResumeFileDto })
  @ApiProblems(
    { status: 404, description: 'No resume saved yet' },
    { status: 413, description: 'The PDF is larger than 2 MB' },
    { status: 415, description: 'Not sent as `application/pdf`' },
  )
  upload(@CurrentUser() user: AuthUser, @PdfBody() bytes: Buffer) {
    return this.files.upload(user.id, bytes);
  }

  @Get()
  @ApiProduces(PDF_MEDIA_TYPE)
  @Operation('downloadMyResumeFile', 'Download the own CV', 'Served as an attachment with `X-Content-Type-Options: nosniff`.')
  @ApiOkResponse({ description: 'The PDF as uploaded', schema: { type: 'string', format: 'binary' } })
  @ApiProblems({ status: 404, description: 'No CV uploaded' })
  async download(@CurrentUser() user: AuthUser, @Res() reply: FastifyReply) {
    return sendPdf(reply, await this.files.download(user.id), 'resume.pdf');
  }

  @Delete()
  @HttpCode(204)
  @Operation('deleteMyResumeFile', 'Remove the own CV (idempotent)', 'Copies attached to applications stay with them.')
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(@CurrentUser() user: AuthUser) {
    await this.files.remove(user.id);
  }
}
