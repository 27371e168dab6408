import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { slugify } from '../listing/slugify.util';
import { CompanyInput } from '../listing/listing-input';
import { Company } from './company.entity';

@Injectable()
export class CompanyRepository {
  constructor(@InjectRepository(Company) private readonly companies: Repository<Company>) {}

  /** The company with this name's slug, created or refreshed with the given details (one row per slug). */
  async upsertByName(input: CompanyInput, manager?: EntityManager): Promise<Company> {
    const runner = manager ?? this.companies.manager;
    const slug = slugify(input.name) || 'company';
    const [row] = await runner.query(
      `INSERT INTO companies (slug, name, website, logo_url) VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) DO UPDATE SET
         name = EXCLUDED.name,
         website = COALESCE(EXCLUDED.website, companies.website),
         logo_url = COALESCE(EXCLUDED.logo_url, companies.logo_url),
         updated_at = now()
       WHERE (companies.name, companies.website, companies.logo_url) IS DISTINCT FROM
             (EXCLUDED.name, COALESCE(EXCLUDED.website, companies.website), COALESCE(EXCLUDED.logo_url, companies.logo_url))
       RETURNING id`,
      [slug, input.name.trim(), input.website ?? null, input.logoUrl ?? null],
    );
    const id: string | undefined = row?.id;
    return id ? runner.findOneByOrFail(Company, { id }) : runner.findOneByOrFail(Company, { slug });
  }
}
