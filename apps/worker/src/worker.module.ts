import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { RolecallConfig } from '@rolecall/config';
import { RuntimeModule } from '@rolecall/runtime';
import { PublishingModule } from '@rolecall/publishing';
import { ScannerModule } from '@rolecall/scanner';

@Module({})
export class WorkerModule {
  static forRoot(config: RolecallConfig, logger: Logger): DynamicModule {
    return { module: WorkerModule, imports: [RuntimeModule.forRoot({ config, logger }), ScannerModule, PublishingModule] };
  }
}
