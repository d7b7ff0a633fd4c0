// The account program (`require("pulumi-livechat/program")` as a Pulumi program's main): a whole LiveChat
// account from the spec file named by the stack's config `spec` (default account.yaml). See README.md, "The account spec".
module.exports = require("./dist/program");
