import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { Trim } from '../../http/trim.transform';

export class ForgotPasswordDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;
}
