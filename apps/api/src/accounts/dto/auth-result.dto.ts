import { ApiProperty } from '@nestjs/swagger';
import { AuthResult, Role, TokenPair, UserView } from '@app/accounts';

export class UserViewDto implements UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ example: 'UTC' }) timezone: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class TokenPairDto implements TokenPair {
  @ApiProperty({ description: 'JWT (HS256), valid for at most 15 minutes' }) accessToken: string;
  @ApiProperty({ description: 'Opaque, single use: each refresh returns a new one' }) refreshToken: string;
}

export class AuthResultDto extends TokenPairDto implements AuthResult {
  @ApiProperty({ type: UserViewDto }) user: UserViewDto;
}
