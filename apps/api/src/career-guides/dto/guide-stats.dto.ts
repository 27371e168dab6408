import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MarketDemand } from '@app/career-guides';
import { IsAtLeast } from './is-at-least.decorator';
import { Optional } from './optional.decorator';

const MAX_SALARY = 100_000_000;
const MARKET_DEMANDS: MarketDemand[] = ['low', 'medium', 'high'];

export class SalaryRangeDto {
  @ApiProperty({ example: 70000 })
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  min: number;

  @ApiProperty({ example: 130000 })
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  @IsAtLeast('min')
  max: number;
}

export class SalaryByLevelDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 79000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  entry: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  mid: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 121000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  senior: number | null = null;
}

export class WorkLifeBalanceDto {
  @ApiProperty({ example: 'moderate', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  stressLevel: string;

  @ApiProperty({ example: 'good', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  balanceRating: string;
}

/** Headline figures; every field may be left out (null clears a figure). Money: integers in major units. */
export class GuideStatsDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 25, description: 'Projected growth of the occupation, in percent' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-100)
  @Max(1000)
  growthRatePct?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  medianSalary?: number | null;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217 code' })
  @Optional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' })
  salaryCurrency?: string;

  @ApiPropertyOptional({ type: () => SalaryRangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryRangeDto)
  salaryRange?: SalaryRangeDto | null;

  @ApiPropertyOptional({ type: () => SalaryByLevelDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryByLevelDto)
  salaryByLevel?: SalaryByLevelDto | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 130000, description: 'Where the top 10% of salaries start' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SALARY)
  topEarnersFrom?: number | null;

  @ApiPropertyOptional({ example: true })
  @Optional()
  @IsBoolean()
  remoteFriendly?: boolean;

  @ApiPropertyOptional({ enum: [...MARKET_DEMANDS, null], nullable: true })
  @IsOptional()
  @IsIn(MARKET_DEMANDS)
  marketDemand?: MarketDemand | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  demandNote?: string | null;

  @ApiPropertyOptional({ type: () => WorkLifeBalanceDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkLifeBalanceDto)
  workLifeBalance?: WorkLifeBalanceDto | null;
}
