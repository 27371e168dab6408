import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 10;

/** A new password: at least 10 characters; the cap only guards the hasher against huge inputs. */
export const NewPassword = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256, format: 'password' }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH),
    MaxLength(256),
  );
