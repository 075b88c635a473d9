import { Module } from '@nestjs/common';
import { IdentitiesRepository, type Database } from '@rolecall/persistence';
import { DATABASE } from '@rolecall/runtime';
import { PageCursors } from '../common/page-cursors';
import { IdentitiesController } from './identities.controller';
import { IdentitiesService } from './identities.service';

@Module({
  controllers: [IdentitiesController],
  providers: [
    IdentitiesService,
    PageCursors,
    { provide: IdentitiesRepository, inject: [DATABASE], useFactory: (database: Database) => new IdentitiesRepository(database.db) },
  ],
})
export class IdentitiesModule {}
