import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationResume } from './application-resume.entity';
import { ResumeFile } from './resume-file.entity';
import { Resume } from './resume.entity';
import { ResumesRepository } from './resumes.repository';
import { ResumesService } from './resumes.service';

/** Resumes, their CV files and the talent directory (api only). */
@Module({
  imports: [TypeOrmModule.forFeature([Resume, ResumeFile, ApplicationResume])],
  providers: [ResumesRepository, ResumesService],
  exports: [ResumesService],
})
export class ResumesModule {}
