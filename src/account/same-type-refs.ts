// Fields that name another object of the same type (an auto access's nextId: the rule right after it). The
// spec writes the other object by its natural key (a rule's description), since ids differ from license to
// license; the program gets its id: each entry is declared after the entries it names.
import type { Props, ResourceDeclaration } from "../provider/declaration";

/** The fields of the type that name objects of the same type. */
export const sameTypeFields = (declaration: ResourceDeclaration): string[] =>
  Object.entries(declaration.fields).flatMap(([name, f]) => (f.refersTo === "sameType" ? [name] : []));

/** What names an entry in such a field: its natural key (the type's one key field). */
export const referenceOf = (declaration: ResourceDeclaration, entry: Props): unknown =>
  entry[declaration.keyFields[0]];

/** For each entry, the index of each entry its same-type fields name (references to ids are left out). */
function namedBy(declaration: ResourceDeclaration, entries: Props[]): number[][] {
  const fields = sameTypeFields(declaration);
  const index = new Map(entries.map((e, i) => [referenceOf(declaration, e), i]));
  return entries.map((e) =>
    fields.flatMap((f) => (index.has(e[f]) && e[f] !== undefined ? [index.get(e[f])!] : [])),
  );
}

/**
 * The entries' indexes in the order to declare them: each after the entries it names, otherwise in file order.
 * `cycle` lists the entries that name each other in a circle (or themselves), which no order can declare.
 */
export function declarationOrder(
  declaration: ResourceDeclaration,
  entries: Props[],
): { order: number[]; cycle: number[] } {
  const named = namedBy(declaration, entries);
  const order: number[] = [];
  const state = new Map<number, "visiting" | "done">();
  const cycle = new Set<number>();
  const visit = (i: number, path: number[]) => {
    if (state.get(i) === "done") return;
    if (state.get(i) === "visiting") {
      for (const j of path.slice(path.indexOf(i))) cycle.add(j);
      return;
    }
    state.set(i, "visiting");
    for (const j of named[i]) visit(j, [...path, i]);
    state.set(i, "done");
    order.push(i);
  };
  entries.forEach((_, i) => visit(i, []));
  return { order, cycle: [...cycle].sort((a, b) => a - b) };
}

/** The value with a reference to another entry replaced by `idOf(index)`; an id stays as it is. */
export function resolveSameType<T>(
  declaration: ResourceDeclaration,
  entries: Props[],
  value: unknown,
  idOf: (index: number) => T,
): unknown {
  const i = entries.findIndex((e) => referenceOf(declaration, e) === value);
  return value === undefined || i < 0 ? value : idOf(i);
}
