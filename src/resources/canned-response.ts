import * as pulumi from "@pulumi/pulumi";
import type { ResourceDeclaration } from "../provider/declaration";
import { groupedApi } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { asSet, integer, listOf, MAX, text, textOf } from "./validate";

/** A prepared answer agents insert with a shortcut tag. */
export interface CannedResponseArgs extends AdoptArgs {
  /** The response's text. */
  text: pulumi.Input<string>;
  /** The shortcuts (tags) agents type to find the response; at least one. The server keeps them as a set. */
  tags: pulumi.Input<pulumi.Input<string>[]>;
  /** Id of the group the response belongs to; 0, the default, is every agent. Changing it replaces the response. */
  group?: pulumi.Input<number>;
}

export const cannedResponseDeclaration: ResourceDeclaration = {
  type: "CannedResponse",
  naturalKey: "text and group",
  keyFields: ["text", "group"],
  fields: {
    text: { required: true, validate: textOf({ max: MAX.text, multiline: true }) },
    tags: { required: true, validate: listOf(text, { nonEmpty: true }), canonical: asSet },
    group: { default: 0, replace: true, validate: integer(0), fromWire: (o) => Number(o.group) },
  },
  computedOutputs: ["creationDate", "createdBy"],
  computed: (o) => ({ creationDate: o.creation_date, createdBy: o.created_by }),
  idOf: (o) => String(o.id),
  api: groupedApi("CannedResponse", "canned_responses", (o, inputs) => o.text === inputs.text),
};

/** A LiveChat canned response. */
export class CannedResponse extends pulumi.dynamic.Resource {
  /** The response's text. */
  declare readonly text: pulumi.Output<string>;
  /** Its tags, in the order the server keeps them. */
  declare readonly tags: pulumi.Output<string[]>;
  /** Id of its group. */
  declare readonly group: pulumi.Output<number>;
  /** The response's numeric id. */
  readonly cannedResponseId: pulumi.Output<number>;
  /** When it was created (unix seconds). */
  declare readonly creationDate: pulumi.Output<number>;
  /** Login of the agent who created it. */
  declare readonly createdBy: pulumi.Output<string>;

  constructor(name: string, args: CannedResponseArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(cannedResponseDeclaration, name, args, opts));
    this.cannedResponseId = this.id.apply(Number);
  }
}
