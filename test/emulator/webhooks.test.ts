import type { AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { FORM, hex32, start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

const FORM_BODY =
  "event_type=chat_started&data_types[]=chat&data_types[]=visitor&url=http://my-company.com/parse_webhook.php";
const EVENT = {
  licence: 12345,
  event_type: "chat_started",
  data_types: ["chat", "visitor"],
  url: "https://my-company.com/parse_webhook.php",
  verified: true,
  token: hex32,
  id: hex32,
};

describe("reference examples", () => {
  test("POST /webhooks (form) answers the whole list, with the url upgraded to https", async () => {
    const res = await api.post("/webhooks", FORM_BODY, FORM);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ events: [EVENT] });
    expect(Object.keys(res.data.events[0])).toEqual([
      "licence",
      "event_type",
      "data_types",
      "url",
      "verified",
      "token",
      "id",
    ]);
  });

  test("GET /webhooks", async () => {
    await api.post("/webhooks", FORM_BODY, FORM);
    const second = await api.post("/webhooks", {
      event_type: "ticket_created",
      data_types: ["ticket"],
      url: "https://example.com/hook",
    });
    expect(second.data.events).toHaveLength(2);
    const res = await api.get("/webhooks");
    expect(res.data).toEqual({
      events: [
        EVENT,
        { ...EVENT, event_type: "ticket_created", data_types: ["ticket"], url: "https://example.com/hook" },
      ],
    });
    expect(res.data.events[0].id).not.toBe(res.data.events[1].id);
  });

  test("DELETE /webhooks/<id>", async () => {
    const { id } = (await api.post("/webhooks", FORM_BODY, FORM)).data.events[0];
    const res = await api.delete(`/webhooks/${id}`);
    expect(res.data).toEqual({ result: "Push notification removed successfully" });
    expect((await api.get("/webhooks")).data).toEqual({ events: [] });
  });
});

describe("errors", () => {
  test.each([
    [{ data_types: ["chat"], url: "https://a.com" }, /"event_type"/],
    [{ event_type: "chat_opened", data_types: ["chat"], url: "https://a.com" }, /event_type.*chat_started/],
    [{ event_type: "chat_started", url: "https://a.com" }, /"data_types"/],
    [{ event_type: "chat_started", data_types: [], url: "https://a.com" }, /data_types/],
    [{ event_type: "chat_started", data_types: ["weather"], url: "https://a.com" }, /data_types/],
    [{ event_type: "chat_started", data_types: ["chat"] }, /"url"/],
    [{ event_type: "chat_started", data_types: ["chat"], url: "ftp://a.com" }, /url.*http/],
    [{ event_type: "chat_started", data_types: ["chat"], url: "not a url" }, /url/],
  ])("POST /webhooks %j -> 400", async (body, message) => {
    const res = await api.post("/webhooks", body);
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(message) });
  });

  test.each([
    ["ticket_created", "chat"],
    ["visitor_queued", "pre_chat_survey"],
    ["chat_changed", "pre_chat_survey"],
    ["chat_started", "ticket"],
    ["chat_ended", "canned_response"],
  ])("event type %s does not allow data type %s", async (eventType, dataType) => {
    const res = await api.post("/webhooks", {
      event_type: eventType,
      data_types: [dataType],
      url: "https://a.com",
    });
    expect(res.status).toBe(400);
    expect(res.data.error).toContain(`data type ${dataType} is not allowed for event type ${eventType}`);
  });

  test("unknown webhook -> 404", async () => {
    const res = await api.delete("/webhooks/39612eee5f1b431217aafb9de19c1e32");
    expect(res.status).toBe(404);
    expect(res.data.error).toMatch(/39612eee5f1b431217aafb9de19c1e32/);
  });
});
