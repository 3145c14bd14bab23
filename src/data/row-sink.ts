/**
 * The rows of an ingest as they are read, before the sort by day (SPEC §3, §7): what every payload
 * reader writes into. Readers validate; the sink numbers rows, applies "the last id wins" and keeps
 * the counts of what was left out.
 */
import { IdIndex } from './id-index.js';
import { toId } from './statuses.js';
import type { Dimension, LeadDataset, LocalizedLabel, Option } from './types.js';

/** The built-in categorical fields, with the dataset key that declares their options. */
export const BUILT_IN_FIELDS = [
  ['owner', 'owners'],
  ['source', 'sources'],
  ['priority', 'priorities'],
  ['step', 'steps'],
] as const;

/** The day of a row that has none (a lead lacking the chosen date field): sorted last, outside every bounded range. */
export const UNDATED = 0x7fffffff;

/** A dictionary being built: declared options first, then values as they appear; a code per row. */
export class FieldBuilder {
  readonly ids: (string | null)[] = [null];
  readonly labels: (LocalizedLabel | undefined)[] = [undefined];
  readonly declared: number;
  /** The code of each row's value (0 for blank); readers write it, a whole run at a time if they like. */
  readonly codes: Uint32Array;
  private readonly index = new Map<string, number>();

  constructor(
    readonly key: string,
    readonly label: LocalizedLabel | undefined,
    options: unknown,
    length: number,
  ) {
    if (Array.isArray(options)) {
      for (const option of options as unknown[]) {
        if (option === null || typeof option !== 'object') continue;
        const id = toId((option as Option).id);
        if (id === null || this.index.has(id)) continue;
        this.index.set(id, this.ids.length);
        this.ids.push(id);
        this.labels.push((option as Option).label);
      }
    }
    this.declared = this.ids.length - 1;
    this.codes = new Uint32Array(length);
  }

  /** The code of a raw value: 0 for blank, a new code for a value not seen before. */
  encode(value: unknown): number {
    const id = toId(value);
    if (id === null) return 0;
    let code = this.index.get(id);
    if (code === undefined) {
      code = this.ids.length;
      this.index.set(id, code);
      this.ids.push(id);
      this.labels.push(undefined);
    }
    return code;
  }
}

/** The value of an own property (an inherited `constructor` or `toString` is no field value). */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** What a sink holds room for. */
export interface RowSinkOptions {
  /** Rows it can take: every record of the dataset. */
  rows: number;
  /** Lead ids to expect (leads and columnar leads), which sizes the id index. */
  ids: number;
  /** Whether rows carry a weight: only when pre-aggregated rows are present, so raw leads keep the unweighted counting loops. */
  weighted: boolean;
  /** The index of the unknown status: the size of the status set. */
  unknownStatus: number;
  /** The declared options of the built-in fields. */
  declared: Pick<LeadDataset, 'owners' | 'sources' | 'priorities' | 'steps'>;
  /** The usable declared dimensions, in order. */
  dimensions: readonly Dimension[];
}

/**
 * Rows being built: a status, a day, a weight when rows are weighted, and a code per categorical
 * field, with the dedupe of lead ids and the counts of records left out.
 */
export class RowSink {
  readonly owner: FieldBuilder;
  readonly source: FieldBuilder;
  readonly priority: FieldBuilder;
  readonly step: FieldBuilder;
  /** The declared dimensions' fields. */
  readonly dimensions: readonly FieldBuilder[];
  /** Every categorical field: owner, source, priority, step, then the declared dimensions. */
  readonly fields: readonly FieldBuilder[];
  /** The calendar day of each row (or {@link UNDATED}). */
  readonly day: Int32Array;
  /** The status index of each row. */
  readonly status: Uint32Array;
  /** 1 for a row whose id came again later. */
  readonly superseded: Uint8Array;
  /** The leads each row stands for; undefined when rows are unweighted. */
  readonly weight: Float64Array | undefined;
  private readonly _rowOfId: IdIndex;
  private readonly _unknownStatus: number;
  private _rows = 0;
  private _invalid = 0;
  private _duplicateId = 0;
  private _sawUnknown = false;

  constructor(options: RowSinkOptions) {
    const length = options.rows;
    this.fields = [
      ...BUILT_IN_FIELDS.map(([key, declaredBy]) => new FieldBuilder(key, undefined, options.declared[declaredBy], length)),
      ...options.dimensions.map((d) => new FieldBuilder(d.key, d.label, d.options, length)),
    ];
    [this.owner, this.source, this.priority, this.step] = this.fields as [FieldBuilder, FieldBuilder, FieldBuilder, FieldBuilder];
    this.dimensions = this.fields.slice(BUILT_IN_FIELDS.length);
    this.day = new Int32Array(length);
    this.status = new Uint32Array(length);
    this.superseded = new Uint8Array(length);
    this.weight = options.weighted ? new Float64Array(length) : undefined;
    this._rowOfId = new IdIndex(options.ids);
    this._unknownStatus = options.unknownStatus;
  }

  /** Rows added so far. */
  get rows(): number {
    return this._rows;
  }

  /** Records left out as unusable. */
  get invalid(): number {
    return this._invalid;
  }

  /** Lead rows superseded by a later lead of the same id. */
  get duplicateId(): number {
    return this._duplicateId;
  }

  /** Whether any row, superseded or not, has the unknown status. */
  get sawUnknown(): boolean {
    return this._sawUnknown;
  }

  /** Counts a record that cannot be used (no usable id, status, date or count). */
  reject(): void {
    this._invalid++;
  }

  /**
   * Adds a lead: a row of weight 1 on `day` that supersedes the earlier row of the same id. Returns
   * the row, for its field codes.
   */
  addLead(id: string | number, status: number, day: number): number {
    const row = this._rows++;
    const previous = this._rowOfId.set(id, row);
    if (previous >= 0) {
      this.superseded[previous] = 1;
      this._duplicateId++;
    }
    this.day[row] = day;
    if (this.weight) this.weight[row] = 1;
    if (status === this._unknownStatus) this._sawUnknown = true;
    this.status[row] = status;
    return row;
  }

  /** Adds a pre-aggregated row of `count` leads (the sink must be weighted); returns the row. */
  addWeighted(status: number, day: number, count: number): number {
    const row = this._rows++;
    this.day[row] = day;
    this.weight![row] = count;
    if (status === this._unknownStatus) this._sawUnknown = true;
    this.status[row] = status;
    return row;
  }

  /** Encodes the categorical fields of a record object (a lead or a row) into `row`, with its current `step`. */
  encodeRecord(row: number, record: Record<string, unknown>, step: unknown): void {
    this.owner.codes[row] = this.owner.encode(record.owner);
    this.source.codes[row] = this.source.encode(record.source);
    this.priority.codes[row] = this.priority.encode(record.priority);
    this.step.codes[row] = this.step.encode(step);
    for (const dimension of this.dimensions) dimension.codes[row] = dimension.encode(ownValue(record, dimension.key));
  }
}
