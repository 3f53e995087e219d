/**
 * Incremental update of the Cytoscape instance: only what changed between two element lists is
 * removed, added, moved (compound parent) or re-data'd, in one batch, so positions of elements
 * already placed are kept.
 */
import type { Core, ElementDefinition } from 'cytoscape';

export interface DiffResult {
  added: string[];
  removed: string[];
  updated: number;
}

/** Counts calls, so tests can assert how often the renderer was touched (as Excalidraw's tests do). */
export const diffStats = { calls: 0 };

function byId(list: ElementDefinition[]): Map<string, ElementDefinition> {
  return new Map(list.map((el) => [String(el.data.id), el]));
}

function sameData(a: ElementDefinition['data'], b: ElementDefinition['data']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

export function applyDiff(cy: Core, prev: ElementDefinition[], next: ElementDefinition[]): DiffResult {
  diffStats.calls += 1;
  const before = byId(prev);
  const after = byId(next);
  const result: DiffResult = { added: [], removed: [], updated: 0 };
  cy.batch(() => {
    // Edges first, then children, then compound parents, so nothing is removed twice.
    const gone = [...before.keys()].filter((id) => !after.has(id));
    for (const id of gone) {
      const el = cy.getElementById(id);
      if (el.nonempty()) {
        if (el.isNode() && el.isParent()) el.children().move({ parent: null });
        el.remove();
        result.removed.push(id);
      }
    }
    const toAdd: ElementDefinition[] = [];
    for (const [id, def] of after) {
      const old = before.get(id);
      const el = cy.getElementById(id);
      if (!old || el.empty()) {
        toAdd.push(def);
        continue;
      }
      if (sameData(old.data, def.data)) continue;
      if (el.isNode() && (old.data.parent ?? null) !== (def.data.parent ?? null)) {
        if (def.data.parent && cy.getElementById(def.data.parent).empty()) {
          const parentDef = after.get(def.data.parent);
          if (parentDef) cy.add(parentDef);
        }
        el.move({ parent: def.data.parent ?? null });
      }
      // id and parent cannot be changed through data(): the parent was moved above.
      const rest: Record<string, unknown> = { ...def.data };
      delete rest.id;
      delete rest.parent;
      el.data(rest);
      result.updated += 1;
    }
    // Parents before children, nodes before edges.
    const rank = (d: ElementDefinition): number =>
      d.group === 'edges' ? 2 : String(d.data.id).startsWith('box:') ? 0 : 1;
    toAdd.sort((a, b) => rank(a) - rank(b));
    const fresh = toAdd.filter((d) => cy.getElementById(String(d.data.id)).empty());
    if (fresh.length > 0) cy.add(fresh);
    result.added = fresh.map((d) => String(d.data.id));
  });
  return result;
}
