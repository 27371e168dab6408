import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { DashboardStatsService } from '@app/stats';
import { AdminRead } from '../http/admin-route.decorator';
import { Roles } from '../http/roles.decorator';
import { DashboardStatsDto } from './dto/dashboard-stats.dto';

@ApiTags('stats')
@Roles(Role.Admin)
@Controller('admin/stats')
export class AdminStatsController {
  constructor(private readonly stats: DashboardStatsService) {}

  @Get()
  @AdminRead('getAdminStats', 'The dashboard figures: users, Plus, revenue, open listings and 30 days of activity', DashboardStatsDto)
  get() {
    return this.stats.get();
  }
}
