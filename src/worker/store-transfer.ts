/**
 * A {@link LeadStore} across a worker boundary: its typed arrays are transferred (moved, not
 * copied) and the rest — dictionaries, labels, counts — is small enough to clone.
 */
import type { FieldColumn, LeadStore } from '../data/engine.js';

/** A store as posted: fields as an array, since structured clone keeps a Map but this is simpler to read. */
export interface PackedStore extends Omit<LeadStore, 'fields'> {
  fields: FieldColumn[];
}

/** The message and the buffers to transfer with it. */
export function packStore(store: LeadStore): { packed: PackedStore; transfer: ArrayBuffer[] } {
  const fields = [...store.fields.values()];
  const buffers = [store.status, store.days, store.dayStarts, store.weight, ...fields.map((f) => f.codes)]
    .filter((array): array is NonNullable<typeof array> => array !== undefined)
    .map((array) => array.buffer as ArrayBuffer);
  return { packed: { ...store, fields }, transfer: [...new Set(buffers)] };
}

/** The store of a packed message. */
export function unpackStore(packed: PackedStore): LeadStore {
  return { ...packed, fields: new Map(packed.fields.map((field) => [field.key, field])) };
}
