/**
 * Person identity across documents. A name alone is weak evidence (namesakes are common), so a
 * person is keyed by name and scope (province, or national). Where the evidence does not decide,
 * the person keeps a node of their own, linked POSSIBLY_SAME_AS with the reason, never silently merged.
 */
import { CENTRAL, personId, type Scope } from "./keys.ts";

export interface KnownPerson {
  id: string;
  nameKey: string;
  scope: Scope;
}

export interface PersonMatch {
  id: string;
  /** The scope the node has after this mention (an unknown scope can become known). */
  scope: Scope;
  possiblySameAs: Array<{ id: string; reason: string }>;
}

const describeScope = (s: Scope): string => (s === null ? "no known province" : s === CENTRAL ? "a national post" : s);

/** Persons already in the graph (or earlier in the batch), by name key; updated as mentions resolve. */
export class PersonIndex {
  private readonly byName = new Map<string, KnownPerson[]>();

  constructor(known: Iterable<KnownPerson> = []) {
    for (const p of known) this.remember(p);
  }

  private remember(p: KnownPerson): void {
    const list = this.byName.get(p.nameKey) ?? [];
    const existing = list.find((k) => k.id === p.id);
    if (existing) existing.scope = p.scope;
    else list.push({ ...p });
    this.byName.set(p.nameKey, list);
  }

  /**
   * Same name and same scope: the same person. Unknown scope on either side with exactly one
   * other candidate: the same person (nothing speaks against it). Otherwise a node of its own,
   * possibly the same as each namesake.
   */
  resolve(nameKey: string, scope: Scope): PersonMatch {
    const candidates = this.byName.get(nameKey) ?? [];
    const same = candidates.find((c) => c.scope === scope);
    let match: PersonMatch;
    if (same) {
      match = { id: same.id, scope, possiblySameAs: [] };
    } else if (candidates.length === 1 && (scope === null || candidates[0]!.scope === null)) {
      match = { id: candidates[0]!.id, scope: scope ?? candidates[0]!.scope, possiblySameAs: [] };
    } else {
      const id = personId(nameKey, scope);
      match = {
        id,
        scope,
        possiblySameAs: candidates.map((c) => ({
          id: c.id,
          reason: `same name; seen with ${describeScope(c.scope)} and with ${describeScope(scope)}`,
        })),
      };
    }
    this.remember({ id: match.id, nameKey, scope: match.scope });
    return match;
  }
}
