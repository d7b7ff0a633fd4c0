// The LiveChat policy pack: `pulumi preview --policy-pack node_modules/pulumi-livechat/policy`. The policies are
// the package's compiled src/policy (dist/policy); this file only serves them. README.md beside it says more.
const { PolicyPack } = require("@pulumi/policy");
const { policies } = require("../dist/policy");

new PolicyPack("livechat", { policies, enforcementLevel: "advisory" });
