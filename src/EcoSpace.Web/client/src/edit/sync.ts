// Carries out an edit operation through the API: one request per change, If-Match with the version
// this page last saw. A 412 asks the user (never overwrites by itself); a 422 is handed back with
// the server's issues; a failure half-way undoes the part already saved.
import { ApiError } from '../api/http';
import type { GeoFeature, Issue } from '../api/types';
import type { Stored, MergePatch } from '../api/collections';
import { etagOf, versionOf } from '../api/collections';
import { invert, planChange, changesFor, toFeature, type Change, type EditOperation } from './changes';
import type { StaleDecision } from './stale';

export interface FeatureApi {
  createItem(kind: string, feature: GeoFeature): Promise<Stored>;
  replaceItem(kind: string, id: string, feature: GeoFeature, ifMatch: string | null): Promise<Stored>;
  patchItem(kind: string, id: string, patch: MergePatch, ifMatch: string | null): Promise<Stored>;
  deleteItem(kind: string, id: string, ifMatch: string | null): Promise<void>;
}

/** What the executor needs of the page's copy of the data. */
export interface LocalFeatures {
  /** the version this page last saw, null when unknown */
  version(kind: string, id: string): number | null;
  /** the feature as now stored (null: deleted) */
  stored(kind: string, id: string, feature: GeoFeature | null): void;
}

export type StaleResolver = (change: Change, theirs: GeoFeature | null) => Promise<StaleDecision>;

/** The save was refused by validation: the issues say why and where. */
export class SaveRefused extends Error {
  constructor(readonly change: Change, readonly issues: Issue[], message: string) {
    super(message);
  }
}

/** The user chose not to overwrite a newer version (reload or cancel). */
export class SaveAbandoned extends Error {
  constructor(readonly change: Change, readonly decision: StaleDecision) {
    super(`save abandoned: ${decision}`);
  }
}

function idOf(f: GeoFeature): string {
  return String(f.id);
}

export class SyncExecutor {
  constructor(
    private readonly api: FeatureApi,
    private readonly local: LocalFeatures,
    private readonly resolveStale: StaleResolver,
  ) {}

  /** Sends one change; returns the stored feature (null for a delete). */
  async apply(change: Change, forceEtag: string | null = null): Promise<GeoFeature | null> {
    const plan = planChange(change);
    if (!plan) return null;
    const ifMatch = forceEtag ?? (change.id !== null ? etagOf(this.local.version(change.kind, change.id)) : null);
    try {
      switch (plan.method) {
        case 'POST': {
          const s = await this.api.createItem(change.kind, plan.feature);
          change.id = idOf(s.feature);
          this.local.stored(change.kind, change.id, s.feature);
          return s.feature;
        }
        case 'PUT': {
          const s = await this.api.replaceItem(change.kind, change.id!, plan.feature, ifMatch);
          this.local.stored(change.kind, change.id!, s.feature);
          return s.feature;
        }
        case 'PATCH': {
          const s = await this.api.patchItem(change.kind, change.id!, plan.patch, ifMatch);
          this.local.stored(change.kind, change.id!, s.feature);
          return s.feature;
        }
        case 'DELETE':
          await this.api.deleteItem(change.kind, change.id!, ifMatch);
          this.local.stored(change.kind, change.id!, null);
          return null;
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && forceEtag === null) {
        const theirs = e.problem.current ?? null;
        const decision = await this.resolveStale(change, theirs);
        if (decision === 'overwrite') {
          const theirVersion = versionOf(theirs);
          if (theirs && change.after && change.before) {
            // overwrite = my whole state over theirs, whatever they changed
            const s = await this.api.replaceItem(change.kind, change.id!, toFeature(change.id, change.after), etagOf(theirVersion));
            this.local.stored(change.kind, change.id!, s.feature);
            return s.feature;
          }
          if (!theirs && change.after && change.before) {
            // they deleted it: overwriting brings it back with my state
            return this.apply({ ...change, before: null }, null);
          }
          return this.apply(change, etagOf(theirVersion) ?? '*');
        }
        if (decision === 'reload' && change.id !== null) this.local.stored(change.kind, change.id, theirs);
        throw new SaveAbandoned(change, decision);
      }
      if (e instanceof ApiError && (e.status === 422 || e.status === 400)) {
        throw new SaveRefused(change, e.problem.issues ?? e.problem.errors ?? [], e.message);
      }
      throw e;
    }
  }

  /** The executor for CommandStack: all changes of an operation, or none. */
  readonly execute = async (op: EditOperation, direction: 'do' | 'undo'): Promise<void> => {
    const changes = changesFor(op, direction);
    const done: Change[] = [];
    try {
      for (const change of changes) {
        await this.apply(change);
        done.push(change);
      }
    } catch (e) {
      for (const change of done.reverse()) {
        try {
          await this.apply(invert(change));
        } catch {
          /* best effort: the page reloads the layer after a failed operation */
        }
      }
      throw e;
    }
    // ids the server assigned on the way back (creates), kept for redo/undo
    syncIds(op, changes, direction);
  };
}

/** Copies ids assigned while carrying out the working copies back into the recorded operation. */
function syncIds(op: EditOperation, sent: Change[], direction: 'do' | 'undo'): void {
  const ordered = direction === 'do' ? sent : [...sent].reverse();
  op.changes.forEach((c, i) => {
    if (ordered[i] && ordered[i] !== c) c.id = ordered[i].id ?? c.id;
  });
}
