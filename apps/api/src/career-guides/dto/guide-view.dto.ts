import { ApiProperty } from '@nestjs/swagger';
import { GUIDE_STATUSES, GuideStatus } from '@app/career-guides';
import { CareerTierDto, CaseStudyDto, FaqDto, GuideSectionDto, GuideSkillsDto } from './guide-parts.dto';
import { GuideStatsDto } from './guide-stats.dto';
import { JobSearchPageDto } from '../../jobs/dto/listing-responses.dto';

/** Documentation of a guide card in the public list. */
export class GuideListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, nullable: true }) jobCategory: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: () => GuideStatsDto }) stats: GuideStatsDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
}

export class GuidePageDto {
  @ApiProperty({ type: [GuideListItemDto] }) items: GuideListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** Documentation of a whole guide as the API returns it. */
export class GuideViewDto extends GuideListItemDto {
  @ApiProperty({ enum: GUIDE_STATUSES }) status: GuideStatus;
  @ApiProperty({ type: [String] }) responsibilities: string[];
  @ApiProperty({ type: [String] }) techStack: string[];
  @ApiProperty({ type: () => GuideSkillsDto }) skills: GuideSkillsDto;
  @ApiProperty({ type: [CareerTierDto] }) careerTiers: CareerTierDto[];
  @ApiProperty({ type: [GuideSectionDto] }) sections: GuideSectionDto[];
  @ApiProperty({ type: [CaseStudyDto] }) caseStudies: CaseStudyDto[];
  @ApiProperty({ type: [FaqDto] }) faqs: FaqDto[];
  @ApiProperty({ type: [String] }) pros: string[];
  @ApiProperty({ type: [String] }) cons: string[];
  @ApiProperty({ type: [String] }) commonMistakes: string[];
  @ApiProperty({ type: [String] }) relatedRoles: string[];
  @ApiProperty({ type: [String] }) sources: string[];
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  @ApiProperty({
    description: 'schema.org markup to embed in the page: an Occupation and, when the guide has questions, an FAQPage',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  jsonLd: Record<string, unknown>[];
}

/** The job search's page, narrowed to the guide's category (or tags). */
export class GuideJobsPageDto extends JobSearchPageDto {}
