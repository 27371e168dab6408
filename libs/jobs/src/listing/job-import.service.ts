import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditActor } from '@app/audit';
import { FieldError } from '@app/common';
import { salaryErrors, throwIfErrors } from './apply-listing-input.util';
import { JobListingsService } from './job-listings.service';
import { ListingInput } from './listing-input';
import { ListingDetail } from './listing-view';

/** Bulk create: every row is checked first, then all are written in one transaction (each with its audit entry), or none. */
@Injectable()
export class JobImportService {
  constructor(
    private readonly listings: JobListingsService,
    private readonly dataSource: DataSource,
  ) {}

  async import(actor: AuditActor, rows: ListingInput[]): Promise<{ count: number; items: ListingDetail[] }> {
    const errors: FieldError[] = rows.flatMap((row, index) => salaryErrors(this.listings.draft(row), `[${index}].`));
    throwIfErrors(errors);
    const created = await this.dataSource.transaction(async (manager) => {
      const listings = [];
      for (const row of rows) listings.push(await this.listings.createWith(actor, row, manager, 'import'));
      return listings;
    });
    return { count: created.length, items: created.map((listing) => this.listings.present(listing)) };
  }
}
