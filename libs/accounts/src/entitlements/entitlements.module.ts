import { DynamicModule, Global, Module, ModuleMetadata, Type } from '@nestjs/common';
import { EntitlementsService } from './entitlements.service';
import { FreePlanSource, PlanSource } from './plan-source';

/**
 * Composed by each app: `EntitlementsModule.forRoot()` (everyone Free) or
 * `EntitlementsModule.forRoot({ imports: [BillingModule], planSource: BillingPlanSource })`.
 */
@Global()
@Module({})
export class EntitlementsModule {
  static forRoot(options: { imports?: ModuleMetadata['imports']; planSource?: Type<PlanSource> } = {}): DynamicModule {
    return {
      module: EntitlementsModule,
      imports: options.imports ?? [],
      providers: [
        EntitlementsService,
        { provide: PlanSource, useExisting: options.planSource ?? FreePlanSource },
        ...(options.planSource ? [] : [FreePlanSource]),
      ],
      exports: [EntitlementsService],
    };
  }
}
