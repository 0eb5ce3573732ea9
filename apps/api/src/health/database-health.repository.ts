import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The health checks' statements: can the pool reach PostgreSQL, is the schema this version's? */
@Injectable()
export class DatabaseHealthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** True when one of this version's migrations is not applied to the database. */
  pendingMigrations(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }
}
