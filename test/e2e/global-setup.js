// Before the end-to-end tests: refuse a dist/ older than src/ (the tests would run the old code), then install
// the compiled dist/ into node_modules/pulumi-livechat, where the programs under test load the package from
// (see scripts/link-self.js). Jest compiles the TypeScript check for this file as it does for tests.
const path = require("path");

module.exports = async () => {
  require("./helpers/build-freshness").checkBuildIsFresh(path.resolve(__dirname, "../.."));
  require("../../scripts/link-self.js");
};
