import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, anyId, start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

const newGoal = {
  name: "new goal",
  type: "url",
  url: "http://www.mystore.com/checkout/thank_you",
  match_type: "exact",
};

describe("reference examples", () => {
  test("POST /goals (url)", async () => {
    const res = await api.post("/goals", newGoal);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id: anyId,
      name: "new goal",
      active: 1,
      type: "url",
      match_type: "exact",
      url: "http://www.mystore.com/checkout/thank_you",
    });
  });

  test("PUT /goals/<id> pauses it", async () => {
    const { id } = (await api.post("/goals", newGoal)).data;
    const res = await api.put(`/goals/${id}`, { name: "new goal paused", active: 0 });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      id,
      name: "new goal paused",
      active: 0,
      type: "url",
      match_type: "exact",
      url: "http://www.mystore.com/checkout/thank_you",
    });
  });

  test("GET /goals lists {id, name, active, type} only; GET /goals/<id> adds the details", async () => {
    const purchase = (await api.post("/goals", { name: "purchase", type: "url", url: "shop.com/thanks" }))
      .data;
    const nike = (
      await api.post("/goals", {
        name: "nike shoes variable",
        type: "custom_variable",
        custom_variable_name: "nike_shoes",
        custom_variable_value: true,
      })
    ).data;
    const list = await api.get("/goals");
    expect(list.data).toEqual([
      { id: purchase.id, name: "purchase", active: 1, type: "url" },
      { id: nike.id, name: "nike shoes variable", active: 1, type: "custom_variable" },
    ]);
    const one = await api.get(`/goals/${nike.id}`);
    expect(one.data).toEqual({
      id: nike.id,
      name: "nike shoes variable",
      active: 1,
      type: "custom_variable",
      custom_variable_name: "nike_shoes",
      custom_variable_value: "true",
    });
    expect((await api.get(`/goals/${purchase.id}`)).data.match_type).toBe("substring");
    expect((await api.get("/goals", { params: { type: "custom_variable" } })).data).toEqual([list.data[1]]);
  });

  test("POST /goals/<id>/mark_as_successful", async () => {
    const { id } = (await api.post("/goals", newGoal)).data;
    const res = await api.post(`/goals/${id}/mark_as_successful`, { visitor_id: "S1281361958.2238ee3bd3" });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ result: "goal marked as successful" });
    const withOrder = await api.post(`/goals/${id}/mark_as_successful`, {
      visitor_id: "S1",
      order_id: "AP723HVCA721",
      order_description: "Nike shoes",
      order_price: "199.00",
      order_currency: "USD",
    });
    expect(withOrder.status).toBe(200);
  });

  test("DELETE /goals/<id>", async () => {
    const { id } = (await api.post("/goals", newGoal)).data;
    const res = await api.delete(`/goals/${id}`);
    expect(res.data).toEqual({ result: "goal removed successfully" });
    expect((await api.get(`/goals/${id}`)).status).toBe(404);
  });
});

describe("behaviour", () => {
  test("ids start at 1001 and count up", async () => {
    const a = (await api.post("/goals", { name: "a", type: "api" })).data;
    const b = (await api.post("/goals", { name: "b", type: "api" })).data;
    expect(a).toEqual({ id: 1001, name: "a", active: 1, type: "api" });
    expect(b.id).toBeGreaterThan(a.id);
  });

  test("sales_tracker fields are optional and answered as strings", async () => {
    const res = await api.post("/goals", {
      name: "sales",
      type: "sales_tracker",
      value_type: "set",
      value: 100,
      currency: "USD",
      sales_tracker_id: "st-1",
    });
    expect(res.data).toEqual({
      id: anyId,
      name: "sales",
      active: 1,
      type: "sales_tracker",
      sales_tracker_id: "st-1",
      value_type: "set",
      value: "100",
      currency: "USD",
    });
    const upd = await api.put(`/goals/${res.data.id}`, { order_field_name: "order" });
    expect(upd.data).toMatchObject({ value: "100", order_field_name: "order" });
  });

  test("changing the type needs the new type's fields and drops the old ones", async () => {
    const { id } = (await api.post("/goals", newGoal)).data;
    const bad = await api.put(`/goals/${id}`, { type: "custom_variable" });
    expect(bad.status).toBe(400);
    expect(bad.data.error).toMatch(/custom_variable_name/);
    const res = await api.put(`/goals/${id}`, {
      type: "custom_variable",
      custom_variable_name: "v",
      custom_variable_value: 1,
    });
    expect(res.data).toEqual({
      id,
      name: "new goal",
      active: 1,
      type: "custom_variable",
      custom_variable_name: "v",
      custom_variable_value: "1",
    });
  });

  test("form-encoded create coerces active", async () => {
    const res = await api.post("/goals", "name=f&type=url&url=a.com&active=0", FORM);
    expect(res.data).toEqual({
      id: anyId,
      name: "f",
      active: 0,
      type: "url",
      match_type: "substring",
      url: "a.com",
    });
  });
});

describe("errors", () => {
  test.each([
    [{ type: "api" }, /"name"/],
    [{ name: "x" }, /"type"/],
    [{ name: "x", type: "web" }, /type.*url, custom_variable, api, sales_tracker/],
    [{ name: "x", type: "url" }, /"url"/],
    [{ name: "x", type: "url", url: "a.com", match_type: "prefix" }, /match_type.*substring, exact/],
    [{ name: "x", type: "custom_variable", custom_variable_name: "n" }, /custom_variable_value/],
    [{ name: "x", type: "custom_variable", custom_variable_value: "v" }, /custom_variable_name/],
    [{ name: "x", type: "sales_tracker", value_type: "maybe" }, /value_type/],
    [{ name: "x", type: "api", active: "yes" }, /active/],
  ])("POST /goals %j -> 400", async (body, message) => {
    const res = await api.post("/goals", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test("mark_as_successful needs visitor_id and a plain price", async () => {
    const { id } = (await api.post("/goals", newGoal)).data;
    const noVisitor = await api.post(`/goals/${id}/mark_as_successful`, {});
    expect(noVisitor.status).toBe(400);
    expect(noVisitor.data.error).toMatch(/visitor_id/);
    const comma = await api.post(`/goals/${id}/mark_as_successful`, {
      visitor_id: "S1",
      order_price: "199,00",
    });
    expect(comma.status).toBe(400);
    expect(comma.data.error).toMatch(/order_price/);
  });

  test("unknown goal -> 404", async () => {
    for (const res of [
      await api.get("/goals/999"),
      await api.put("/goals/999", { name: "x" }),
      await api.delete("/goals/999"),
      await api.post("/goals/999/mark_as_successful", { visitor_id: "S1" }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.data.error).toMatch(/Goal 999/);
    }
  });
});
