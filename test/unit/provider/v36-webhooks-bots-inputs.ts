// Inputs shared by the v36 webhook and bot unit tests.
export const OWNER = "0805e283233042b37f460ed8fbf22160";
export const SECRET = "s3cr3t-key-never-printed";

export const hook = (more: Record<string, unknown> = {}) => ({
  ownerClientId: OWNER,
  action: "incoming_chat",
  url: "https://hooks.example.com/chats",
  secretKey: SECRET,
  ...more,
});
export const bot = (more: Record<string, unknown> = {}) => ({
  ownerClientId: OWNER,
  name: "Helper",
  ...more,
});
