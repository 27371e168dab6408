import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ResumesService } from '@app/resumes';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { ClaimHandleDto } from './dto/claim-handle.dto';
import { ResumeDto } from './dto/resume-responses.dto';
import { SaveResumeDto } from './dto/save-resume.dto';

@ApiTags('resumes')
@Roles(Role.Seeker, Role.Admin)
@Controller('me/resume')
export class MyResumeController {
  constructor(private readonly resumes: ResumesService) {}

  @Get()
  @Operation('getMyResume', 'Read the own resume')
  @ApiOkResponse({ type: ResumeDto })
  @ApiProblems({ status: 404, description: 'No resume saved yet' })
  get(@CurrentUser() user: AuthUser) {
    return this.resumes.getOwn(user.id);
  }

  @Put()
  @Operation('saveMyResume', 'Create or replace the own resume', 'The handle and the PDF are kept.')
  @ApiOkResponse({ type: ResumeDto })
  save(@CurrentUser() user: AuthUser, @Body() body: SaveResumeDto) {
    return this.resumes.save(user.id, body);
  }

  @Put('handle')
  @Operation('claimResumeHandle', 'Choose the custom resume URL `/r/{handle}` (Plus)')
  @ApiOkResponse({ type: ResumeDto })
  @ApiProblems(
    { status: 403, description: 'A custom resume URL needs the Plus plan' },
    { status: 404, description: 'No resume saved yet' },
    { status: 409, description: 'The handle is taken (in any case)' },
    { status: 422, description: 'The handle is a reserved word' },
  )
  claimHandle(@CurrentUser() user: AuthUser, @Body() body: ClaimHandleDto) {
    return this.resumes.claimHandle(user.id, body.handle);
  }
}
