import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The IANA zones this Postgres knows, read once per process. */
@Injectable()
export class TimeZones {
  private names?: Promise<string[]>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  known(): Promise<string[]> {
    this.names ??= this.dataSource
      .query('SELECT name FROM pg_timezone_names')
      .then((rows: Array<{ name: string }>) => rows.map((row) => row.name))
      .catch((error: unknown) => {
        this.names = undefined;
        throw error;
      });
    return this.names;
  }
}
