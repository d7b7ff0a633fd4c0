// Avatars as v3.6 answers them, whatever form they were stored in: get_agent and get_bot give the address
// with its scheme (getAgent.json "https://domain.com/avatar.image.jpg", getBot.json
// "https://example.com/avatar.jpg"), list_agents and list_bots without it (listAgents.json
// "cdn.livechatinc.com/avatars/1.png", listBots.json "example.com/avatar.jpg"). An address stored bare
// (v2's default avatar) gets https://.

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** get_*: the address with a scheme. */
export const avatarInGet = (address: string): string =>
  SCHEME.test(address) || address === "" ? address : `https://${address}`;

/** list_*: the address without its scheme. */
export const avatarInList = (address: string): string => address.replace(SCHEME, "");
