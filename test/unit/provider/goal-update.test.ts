import { ListCache } from "../../../src/provider/list-cache";
import type { Context } from "../../../src/provider/declaration";
import { goalDeclaration } from "../../../src/resources/goal";

// A goal changing type must send the new type's fields in the same request: the API requires them.
it("a goal's type change carries the new type's fields", async () => {
  const sent: unknown[] = [];
  const ctx = {
    client: {
      request: async (_m: string, _p: string, opts: { body: unknown }) => (sent.push(opts.body), { id: 7 }),
    },
    lists: new ListCache(),
  } as unknown as Context;
  const desired = {
    name: "g",
    type: "custom_variable",
    customVariableName: "cart",
    customVariableValue: "full",
  };
  await goalDeclaration.api.update(ctx, "7", { type: "custom_variable" }, desired, {});
  expect(sent).toEqual([
    { type: "custom_variable", custom_variable_name: "cart", custom_variable_value: "full" },
  ]);
  await goalDeclaration.api.update(ctx, "7", { name: "h" }, desired, {});
  expect(sent[1]).toEqual({ name: "h" });
});
