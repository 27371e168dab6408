import { ReviewedApplicationView } from '@app/jobs';
import { ApplicationResumesService, AttachedResumeView } from '@app/resumes';

/** Admin views of applications carry the resume each was sent with (null when none was attached). */
export async function withAttachedResumes(
  attached: ApplicationResumesService,
  applications: ReviewedApplicationView[],
): Promise<Array<ReviewedApplicationView & { resume: AttachedResumeView | null }>> {
  const resumes = await attached.forApplications(applications.map((application) => application.id));
  return applications.map((application) => ({ ...application, resume: resumes.get(application.id) ?? null }));
}
