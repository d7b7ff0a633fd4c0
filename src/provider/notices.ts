import type { ApiNotice } from "../client";

/**
 * What a person should know when LiveChat says an API version is being retired (its `Legacy` or
 * `Deprecation` header): which version, until when, and what to do. The same words in the provider's
 * warning and in the drift report.
 */
export function noticeMessage(notice: ApiNotice): string {
  const header = notice.stage === "legacy" ? "Legacy" : "Deprecation";
  const stage = notice.stage === "legacy" ? "in its legacy stage" : "deprecated";
  const advice =
    notice.version === "2"
      ? "move this stack's v2 resources to the v36 module before then (docs/migration.md in pulumi-livechat)"
      : "a newer version replaces it: upgrade pulumi-livechat when it supports one";
  return (
    `LiveChat Configuration API v${notice.version} is ${stage} until ${notice.until} ` +
    `(the server's ${header} header); ${advice}.`
  );
}

/** Tells a notice's warning from other warnings, in engine events. */
export const NOTICE_PATTERN = /LiveChat Configuration API v[\d.]+ is (in its legacy stage|deprecated) until /;
