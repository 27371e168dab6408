import { ApiProperty } from '@nestjs/swagger';
import { AdviceState, AdviceView, RankedListing, SkillGap, SkillGapEntry } from '@app/advice';
import { ListingItemDto } from '../../jobs/dto/listing-item.dto';

export class RankedListingDto implements RankedListing {
  @ApiProperty({ type: ListingItemDto }) listing: ListingItemDto;
  @ApiProperty({ description: 'The sum of the weighted fits (docs/advice.md); higher ranks first, ties by listing id', example: 11.35 })
  score: number;
  @ApiProperty({ type: [String], example: ['matches 3 of your skills: go, kubernetes, grpc', 'remote, open to Europe'] })
  reasons: string[];
  @ApiProperty({ type: [String], description: 'The skills (lower case) the listing is tagged with', example: ['go', 'kubernetes'] })
  matchedSkills: string[];
}

export class SkillGapEntryDto implements SkillGapEntry {
  @ApiProperty({ example: 'Docker', description: 'As the guide or the listings spell it' }) skill: string;
  @ApiProperty({ type: 'integer', description: 'Open listings of the category tagged with it' }) listings: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: "`listings` over the category's open listings", example: 0.18 }) share: number;
  @ApiProperty({
    enum: ['guide', 'listings'],
    description: "The guide's tech stack or technical skills, or the category's most frequent tags",
  })
  source: 'guide' | 'listings';
}

export class SkillGapGuideDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class SkillGapDto implements SkillGap {
  @ApiProperty({ type: SkillGapGuideDto, nullable: true, description: 'null when the category has no published guide' })
  guide: SkillGapGuideDto | null;
  @ApiProperty({ type: String, nullable: true, example: 'engineering' }) category: string | null;
  @ApiProperty({ type: 'integer', description: "The category's open listings (the shares' denominator)" }) openListings: number;
  @ApiProperty({ type: SkillGapEntryDto, isArray: true, description: 'What the resume lacks, most asked first' })
  skills: SkillGapEntryDto[];
}

export class AdviceBasisDto {
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) words: string[];
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty({ type: 'integer' }) activeAlerts: number;
}

export class AdviceDto implements AdviceView {
  @ApiProperty({
    enum: ['ready', 'no_resume'],
    description: '`no_resume`: add a resume at /me/resume (alerts alone shape the advice meanwhile)',
  })
  state: AdviceState;
  @ApiProperty({ type: String, nullable: true, description: 'What is missing, in words' }) message: string | null;
  @ApiProperty({ type: AdviceBasisDto, description: 'What the ranking used: skill keys, words, regions, active alerts' })
  basedOn: AdviceBasisDto;
  @ApiProperty({ type: RankedListingDto, isArray: true }) items: RankedListingDto[];
  @ApiProperty({ type: SkillGapDto, nullable: true, description: 'null when there is no target role (no items and no guide given)' })
  skillGap: SkillGapDto | null;
}
