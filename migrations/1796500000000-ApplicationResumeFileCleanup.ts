import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An application's copy of the CV goes with its attachment row, however that row goes: a resubmission replacing it,
 * or the application deleted (its listing deleted cascades to job_applications, then application_resumes). The
 * foreign key from application_resumes to resume_files points the other way, so only a trigger can do it. Copies
 * already left behind by deleted applications (files no resume and no application names) are removed once here.
 */
export class ApplicationResumeFileCleanup1796500000000 implements MigrationInterface {
    name = 'ApplicationResumeFileCleanup1796500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
      CREATE FUNCTION application_resumes_file_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.file_id IS NOT NULL THEN
          DELETE FROM resume_files WHERE id = OLD.file_id;
        END IF;
        RETURN NULL;
      END
      $$`);
        await queryRunner.query(`
      CREATE TRIGGER application_resumes_file_cleanup AFTER DELETE ON application_resumes
      FOR EACH ROW EXECUTE FUNCTION application_resumes_file_cleanup()`);
        await queryRunner.query(`
      DELETE FROM resume_files f
      WHERE NOT EXISTS (SELECT 1 FROM resumes r WHERE r.file_id = f.id)
        AND NOT EXISTS (SELECT 1 FROM application_resumes a WHERE a.file_id = f.id)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER application_resumes_file_cleanup ON application_resumes`);
        await queryRunner.query(`DROP FUNCTION application_resumes_file_cleanup()`);
    }

}
