export * from './application-resume.entity';
export * from './resume-fields';
export * from './resume-file.entity';
export * from './resume-view';
export * from './resume.entity';
export * from './resumes.module';
export * from './resumes.service';
