// Before the end-to-end tests: install the freshly compiled dist/ into node_modules/pulumi-livechat, where the
// programs under test load the package from (see scripts/link-self.js).
module.exports = async () => {
  require("../../scripts/link-self.js");
};
