// The program pulumi-livechat ships: declares the account described by the spec file named by config `spec`
// (relative to this folder), resolving group names to each license's own group ids. Its stack outputs are
// `objects` (how many of each kind) and `groupIds` (group ids by name, which differ between licenses).
module.exports = require("pulumi-livechat/program");
