// /status and /status/<group>: "online" when any agent of the group is accepting chats.

import type { RequestContext } from "../context";
import { groupMembers, pathGroup } from "./groups";

export function getStatus(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const raw = ctx.params.group ?? ctx.input.group ?? "0";
  const group = pathGroup(state, String(raw));
  const online = groupMembers(state, group).some((a) => a.status === "accepting chats");
  return { status: online ? "online" : "offline" };
}
