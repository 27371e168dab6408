import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildSearchConditions, openListingCondition, SqlParams } from '@app/jobs';
import { AlertCriteria } from '../alerts/alert-criteria';
import { and, Bits, emptyBits, fullBits, setBit } from './bitset.util';
import { criteriaAtoms } from './criteria-atoms.util';
import { FreshMatches } from './digest-section';

export interface CriteriaGroup {
  key: string;
  criteria: AlertCriteria;
}

/** Conditions per statement: keeps the statement and its parameter list small. */
const ATOMS_PER_STATEMENT = 400;
/** A run's snapshot of the fresh set is reused by its later batches in this process for this long. */
const SNAPSHOT_TTL_MS = 10 * 60 * 1000;
const MAX_SNAPSHOTS = 4;

interface Snapshot {
  since: number;
  takenAt: number;
  ids: string[];
  times: number[];
  positionOf: Map<string, number>;
  atoms: Map<string, Bits>;
}

interface ScanRow {
  id: string;
  t: number | string;
  hits: string;
}

/**
 * Set-based matching, never a query per alert. The listings open now and first published after
 * `since` (the fresh set, newest first) are read in one pass, and every DISTINCT condition — an
 * atom of the criteria, built by the listing search's own buildSearchConditions — is evaluated once
 * per fresh listing in that pass. Each distinct criteria's matches are the intersection of its
 * atoms' bitsets, fanned out to the alerts in memory. Within a run, a process keeps the fresh set
 * it read (with the atoms evaluated so far) for the later batches whose cursors it covers, so a
 * condition is evaluated about once per run and process rather than once per batch.
 */
@Injectable()
export class CriteriaMatcher {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** `scope` (the run id) lets batches of the same run share a snapshot; `takenAt` bounds the cursors. */
  async match(groups: CriteriaGroup[], since: Date, scope?: string): Promise<FreshMatches> {
    const atomKeysOf = new Map<string, string[]>();
    const wanted = new Map<string, AlertCriteria>();
    for (const group of groups) {
      const own = criteriaAtoms(group.criteria);
      own.forEach((atom) => wanted.set(atom.key, atom.criteria));
      atomKeysOf.set(
        group.key,
        own.map((atom) => atom.key),
      );
    }
    const snapshot = await this.snapshotFor(scope, since, wanted);
    const matches = new Map<string, Bits>();
    for (const [key, atomKeys] of atomKeysOf) {
      matches.set(
        key,
        atomKeys.reduce((acc, atomKey) => and(acc, snapshot.atoms.get(atomKey)!), fullBits(snapshot.ids.length)),
      );
    }
    return { ids: snapshot.ids, times: snapshot.times, takenAt: snapshot.takenAt, matches };
  }

  private async snapshotFor(scope: string | undefined, since: Date, wanted: Map<string, AlertCriteria>): Promise<Snapshot> {
    const now = Date.now();
    const cached = scope ? this.snapshots.get(scope) : undefined;
    const usable = cached && cached.since <= since.getTime() && now - cached.takenAt < SNAPSHOT_TTL_MS;
    const snapshot = usable ? cached : await this.freshSnapshot(since, [...wanted].slice(0, ATOMS_PER_STATEMENT));
    const missing = [...wanted].filter(([key]) => !snapshot.atoms.has(key));
    for (let start = 0; start < missing.length; start += ATOMS_PER_STATEMENT) {
      await this.addAtoms(snapshot, missing.slice(start, start + ATOMS_PER_STATEMENT));
    }
    if (scope && !usable) {
      this.snapshots.delete(scope);
      this.snapshots.set(scope, snapshot);
      for (const key of [...this.snapshots.keys()].slice(0, Math.max(0, this.snapshots.size - MAX_SNAPSHOTS))) this.snapshots.delete(key);
    }
    return snapshot;
  }

  /** Reads the fresh set, newest first, evaluating `atoms` in the same pass. */
  private async freshSnapshot(since: Date, atoms: Array<[string, AlertCriteria]>): Promise<Snapshot> {
    const takenAt = Date.now();
    const params = new SqlParams();
    const where = `${openListingCondition('l')} AND l.first_published_at > ${params.add(since.toISOString())}`;
    const rows = await this.scan(atoms, params, where, 'ORDER BY l.first_published_at DESC, l.id DESC');
    const ids = rows.map((row) => row.id);
    const snapshot: Snapshot = {
      since: since.getTime(),
      takenAt,
      ids,
      times: rows.map((row) => Number(row.t)),
      positionOf: new Map(ids.map((id, position) => [id, position])),
      atoms: new Map(),
    };
    this.record(snapshot, atoms, rows);
    return snapshot;
  }

  /** Evaluates more atoms over exactly the listings of the snapshot (whatever changed since). */
  private async addAtoms(snapshot: Snapshot, atoms: Array<[string, AlertCriteria]>): Promise<void> {
    const params = new SqlParams();
    const rows = await this.scan(atoms, params, `l.id = ANY(${params.add(snapshot.ids)}::uuid[])`, '');
    this.record(snapshot, atoms, rows);
  }

  private record(snapshot: Snapshot, atoms: Array<[string, AlertCriteria]>, rows: ScanRow[]): void {
    atoms.forEach(([key], index) => {
      const bits = emptyBits(snapshot.ids.length);
      for (const row of rows) if (row.hits.charCodeAt(index) === 49) setBit(bits, snapshot.positionOf.get(row.id)!);
      snapshot.atoms.set(key, bits);
    });
  }

  /** One pass over the listings: id, first publication (epoch ms) and a '0'/'1' per atom. */
  private async scan(atoms: Array<[string, AlertCriteria]>, params: SqlParams, where: string, order: string): Promise<ScanRow[]> {
    const hits = atoms.map(([, criteria]) => {
      const conditions = buildSearchConditions(criteria, params, { alias: 'l', usdRates: this.config.jobs.usdRates });
      return `(CASE WHEN ${conditions.join(' AND ') || 'true'} THEN '1' ELSE '0' END)`;
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL statement_timeout = '120s'`);
      return manager.query(
        `SELECT l.id, (extract(epoch FROM l.first_published_at) * 1000)::float8 AS t, ${hits.length > 0 ? hits.join(' || ') : "''"} AS hits
         FROM job_listings l WHERE ${where} ${order}`,
        params.values,
      );
    });
  }
}
