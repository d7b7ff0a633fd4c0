import type { Context, Props, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { explained, integer, listOf, problemOf, text } from "../../provider/schema";
import { conditions } from "./auto-access-conditions";
import { listOnce, updated } from "./calls";
import { byId } from "../match";

// Auto access rules form one list that the API links through next_id (the rule right after; none on the last).
// A rule's position is managed only when its program sets nextId: then "right before that rule" is compared and
// restored. Otherwise the rule's next_id is left out of its outputs, so that rules added, moved or deleted
// around it are not reported as its drift. Every write that moves a rule changes its neighbours' next_id: the
// cached list is forgotten after each.

const lists = (ctx: Context) => ctx.lists.of(autoAccessV36Declaration);
// The summary table says list_auto_access; the method's URL, list_auto_accesses.
const listAutoAccesses = (ctx: Context) => listOnce(ctx, lists(ctx), "list_auto_accesses");

/** The rule as the resource sees it: without next_id when its position is not managed. */
const seen = (rule: WireObject | undefined, props: Props): WireObject | undefined => {
  if (!rule || props.nextId !== undefined) return rule;
  const { next_id: _next, ...rest } = rule;
  return rest;
};

// text's own shape (its JSON Schema), with a message of its own for a blank id.
const nextId = explained(text.out, (v) =>
  typeof v === "string" && v.trim() === ""
    ? "must be the id of another auto access; to leave the rule's position unmanaged, leave nextId unset"
    : problemOf(text, v),
);

export const autoAccessV36Declaration: ResourceDeclaration = {
  type: "AutoAccess",
  module: "v36",
  doc:
    "An auto access rule (Configuration API v3.6): chats whose customer matches its conditions (the page's URL " +
    "or domain, the customer's geolocation) are routed to its groups. Rules are evaluated in the account's " +
    "order; `nextId` places this rule right before another. The description is the rule's name: its natural " +
    "key, unique in the account.",
  keyFields: ["description"],
  fields: {
    description: {
      doc:
        "The rule's description, which names it: `adopt: true` takes over the rule with this description, and " +
        "a lost answer is looked up by it, so it must be unique among the account's auto accesses (the API " +
        "itself does not require one; this resource does).",
      schema: text,
      required: true,
    },
    groups: {
      doc: "The groups the chats go to (`access.groups`), by id; a set.",
      schema: listOf(integer(0), { nonEmpty: true }),
      required: true,
      refersTo: "group",
      wire: "access",
      toWire: (v) => ({ groups: v }),
      fromWire: (o) => (o.access as { groups?: number[] } | undefined)?.groups,
      canonical: (v) => [...(v as number[])].map(Number).sort((a, b) => a - b),
    },
    conditions,
    nextId: {
      doc:
        "The id of the auto access right after this one (`other.id`), which places this rule right before it. " +
        "Leave unset to leave the position unmanaged: a new rule then goes to the end of the list, and moves " +
        "around it are not drift. Two rules naming the same nextId fight over the place: chain them instead " +
        "(a before b, b before c). The account spec names the rule by its description instead.",
      schema: nextId,
      refersTo: "sameType",
    },
  },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body, inputs) {
      const { id } = await ctx.client.action<{ id: string }>("add_auto_access", body);
      // Its neighbours' next_id changed with it.
      lists(ctx).invalidate();
      return seen({ ...body, id }, inputs)!;
    },
    async read(ctx, id, outputs) {
      return seen((await listAutoAccesses(ctx)).find(byId(id)), outputs);
    },
    async update(ctx, id, body, desired) {
      await ctx.client.action("update_auto_access", { id, ...body });
      if (body.next_id !== undefined) lists(ctx).invalidate();
      return seen(
        await updated(lists(ctx), "v36.AutoAccess", () => listAutoAccesses(ctx), id, body),
        desired,
      )!;
    },
    async remove(ctx, id) {
      await ctx.client.action("delete_auto_access", { id });
      lists(ctx).invalidate();
    },
    list: listAutoAccesses,
  },
  account: {
    section: "autoAccesses",
    namePrefix: "auto-access",
    describe: (o) => String(o.description ?? o.id),
  },
  examples: [
    {
      title: "minimal",
      inputs: {
        description: "US visitors",
        groups: ["Support"],
        conditions: { geolocation: { values: [{ countryCode: "US" }] } },
      },
    },
    {
      title: "every field",
      inputs: {
        description: "Shop pages",
        groups: ["Support", 0],
        conditions: {
          url: {
            values: [{ value: "shop.example.com/cart", exactMatch: true }, { value: "shop.example.com" }],
          },
          domain: { excludeValues: [{ value: "example.org" }] },
          geolocation: {
            values: [{ country: "Canada", countryCode: "CA", region: "Ontario", city: "Toronto" }],
          },
        },
        nextId: "US visitors",
      },
      changed: {
        description: "Shop and cart pages",
        groups: ["Billing"],
        conditions: { url: { excludeValues: [{ value: "shop.example.com/admin" }] } },
        nextId: "Returning customers",
      },
    },
    {
      title: "another rule",
      inputs: {
        description: "Returning customers",
        groups: ["Billing"],
        conditions: { domain: { values: [{ value: "account.example.com", exactMatch: true }] } },
      },
    },
  ],
};
