import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PublicResumesService, TalentDirectoryService } from '@app/resumes';
import { ApiProblems } from '../http/api-problems.decorator';
import { Operation } from '../http/operation.decorator';
import { Public } from '../http/public.decorator';
import { ResumeIdOrHandleParam } from './dto/resume-params.dto';
import { PublicResumeDto, TalentPageDto } from './dto/resume-responses.dto';
import { TalentQueryDto } from './dto/talent-query.dto';

@ApiTags('resumes')
@Public()
@Controller()
export class TalentController {
  constructor(
    private readonly directory: TalentDirectoryService,
    private readonly resumes: PublicResumesService,
  ) {}

  @Get('talent')
  @Operation('listTalent', 'The talent directory: public resumes, Plus ones pinned first and `featured`, then newest update')
  @ApiOkResponse({ type: TalentPageDto })
  list(@Query() query: TalentQueryDto) {
    return this.directory.search(query);
  }

  @Get('resumes/:idOrHandle')
  @Operation('getPublicResume', 'Read a public resume by id, or by handle while its owner is Plus')
  @ApiOkResponse({ type: PublicResumeDto })
  @ApiProblems({ status: 404, description: 'No such public resume (private ones, and handles of owners no longer Plus, too)' })
  get(@Param() params: ResumeIdOrHandleParam) {
    return this.resumes.get(params.idOrHandle);
  }
}
