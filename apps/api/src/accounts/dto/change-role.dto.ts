import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';
import { Role } from '@app/accounts';

export class ChangeRoleDto {
  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role: Role;
}

export class UserIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
