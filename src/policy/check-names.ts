// The names a policy gives its plans, priorities, channels, pause reasons and statuses: ids,
// labels and aliases, compared as nameKey does (ignoring case and accents). A name held by two
// owners in one scope, or an alias repeated, is an issue at its own path.

import { type Issue, show, issueAt } from '../errors';
import { nameKey } from './names';

/** One name an owner answers to, with where it is written. */
export interface NameEntry {
  text: string;
  path: string;
  kind: 'id' | 'label' | 'alias';
}

/** A label as a name entry, when there is one. */
export function labelEntry(text: string | undefined, path: string): NameEntry[] {
  return text === undefined || text === '' ? [] : [{ text, path, kind: 'label' }];
}

/** The aliases under `path` as name entries. */
export function aliasEntries(list: readonly string[] | undefined, path: string): NameEntry[] {
  return (list ?? []).map((text, i) => ({ text, path: `${path}.aliases[${i}]`, kind: 'alias' as const }));
}

/**
 * Who holds which name, per scope ('plan', 'pause', 'plans[0] priority'...); clashes go to `issues`.
 *
 * @example
 * const registry = new NameRegistry(issues);
 * registry.unique('exclusion', 'x', 'exclusions[0].id', 0, 'exclusion');
 */
export class NameRegistry {
  /** Per scope: name key -> who holds it. */
  readonly #seen = new Map<string, Map<string, { owner: number; id: string; path: string; kind: NameEntry['kind'] }>>();

  constructor(readonly issues: Issue[]) {}

  /** One id in a scope; a second holder of the same id is reported at its own path. */
  unique(scope: string, id: string, path: string, owner: number, noun: string): void {
    this.names(scope, owner, [{ text: id, path, kind: 'id' }], noun);
  }

  /**
   * Registers the names `owner` answers to in `scope`, compared as nameKey does. An alias
   * repeated within one owner, or any name held by two owners, is reported.
   */
  names(scope: string, owner: number, entries: readonly NameEntry[], noun: string): void {
    let seen = this.#seen.get(scope);
    if (!seen) {
      seen = new Map();
      this.#seen.set(scope, seen);
    }
    const id = entries[0]?.text ?? '';
    for (const entry of entries) {
      const key = nameKey(entry.text);
      const held = seen.get(key);
      if (held === undefined) {
        seen.set(key, { owner, id, path: entry.path, kind: entry.kind });
      } else if (held.owner !== owner) {
        this.issues.push(
          issueAt(
            entry.path,
            entry.text,
            entry.kind === 'id' && held.kind === 'id'
              ? `is already the id of ${held.path.replace(/\.\w+$/, '')}: ${noun} ids must be unique`
              : `already names ${noun} ${show(held.id)} (${held.path}): a name must point to one ${noun}, compared ignoring case and accents`,
          ),
        );
      } else if (entry.kind === 'alias' && held.kind === 'alias') {
        this.issues.push(
          issueAt(entry.path, entry.text, `repeats ${held.path} (aliases are compared ignoring case and accents)`),
        );
      }
    }
  }
}
