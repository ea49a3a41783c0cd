/** Audit entries ⇄ stored rows, shared by both adapters so the log reads the same from either store. */
import { randomUUID } from 'node:crypto';
import { REL_TYPE_NAMES, type RelType } from '../../../graph-schema/model.js';
import type { AuditAction, AuditRecord, AuditState, ChangeMeta } from './GraphStore.js';

let lastMillis = 0;

/**
 * Entries sort by `at`; two changes in the same millisecond would tie, so the clock this module reads
 * never repeats or goes back within a process (a change a millisecond late is a fair price for a total order).
 */
function monotonicNow(): string {
  lastMillis = Math.max(Date.now(), lastMillis + 1);
  return new Date(lastMillis).toISOString();
}

export function newAuditRecord(
  meta: ChangeMeta,
  action: AuditAction,
  target: string,
  entityIds: string[],
  before: AuditState | null,
  after: AuditState | null,
): AuditRecord {
  return { id: `audit:${randomUUID()}`, at: monotonicNow(), who: meta.who, action, target, entityIds: [...new Set(entityIds)], before, after };
}

type Row = Record<string, string | string[] | null>;

/**
 * Keys in the order of AUDIT_TABLE (statements.ts): Kuzu matches a list of maps' fields by position.
 * Empty lists are stored as null, like the graph's own lists (Kuzu cannot type an empty list).
 */
export function auditToRow(r: AuditRecord): Row {
  return {
    id: r.id,
    at: r.at,
    who: r.who,
    action: r.action,
    target: r.target,
    entityIds: r.entityIds.length ? r.entityIds : null,
    before: r.before ? JSON.stringify(r.before) : null,
    after: r.after ? JSON.stringify(r.after) : null,
  };
}

export function rowToAudit(row: Record<string, unknown>): AuditRecord {
  const state = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as AuditState) : null);
  return {
    id: String(row.id),
    at: String(row.at),
    who: String(row.who),
    action: row.action as AuditAction,
    target: String(row.target),
    entityIds: Array.isArray(row.entityIds) ? row.entityIds.map(String) : [],
    before: state(row.before),
    after: state(row.after),
  };
}

/** `from|TYPE|to` → its parts, or null when it is not a relationship id of the model. */
export function parseEdgeId(id: string): { from: string; type: RelType; to: string } | null {
  const parts = id.split('|');
  if (parts.length !== 3 || !(REL_TYPE_NAMES as string[]).includes(parts[1])) return null;
  return { from: parts[0], type: parts[1] as RelType, to: parts[2] };
}
