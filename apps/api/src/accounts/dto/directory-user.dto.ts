import { ApiProperty } from '@nestjs/swagger';
import { DirectoryUser, Plan, Role } from '@app/accounts';

export class DirectoryUserDto implements DirectoryUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ enum: ['free', 'plus'] }) plan: Plan;
  @ApiProperty({ example: 'UTC' }) timezone: string;
  @ApiProperty({ format: 'date-time', description: 'Signed up at; the list is newest first' }) createdAt: string;
}

export class DirectoryUserPageDto {
  @ApiProperty({ type: [DirectoryUserDto] }) items: DirectoryUserDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
