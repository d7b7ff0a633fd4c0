// Tags.

export interface Tag {
  name: string;
  group: number;
  author: string;
  creationDate: number;
}
