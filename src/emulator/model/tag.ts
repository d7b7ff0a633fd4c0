// Tags. v2 sees a tag per group ({name, group}); v3.6 sees one tag per name with its group_ids. The model
// keeps v2's placements: the v3.6 tag `name` is every placement with that exact name. A v3.6 tag with no
// group is one placement with group null, which v2 does not list.

export interface Tag {
  name: string;
  group: number | null;
  author: string;
  creationDate: number;
}
