// Where v3.6 methods live: POST /v3.6/configuration/action/<method>.

export const V36_PREFIX = "/v3.6/configuration/action/";
export const ACTION_PATH = /^\/v3\.6\/configuration\/action\/([^/]+)$/;

/** The method name of a v3.6 request path, if it is one. */
export function actionOf(path: string): string | undefined {
  return ACTION_PATH.exec(path)?.[1];
}

/** Reads are get_* and list_*; every other method may change the account. */
export const isReadAction = (name: string): boolean => /^(get|list)_/.test(name);
