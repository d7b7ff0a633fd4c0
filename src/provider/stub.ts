import type * as pulumi from "@pulumi/pulumi";

/**
 * The `__provider` of every resource of a type: the text the dynamic provider host turns into the type's
 * provider (`requireFromString(text).handler()`), a one-line `require` of the type's stub module by package name.
 * It is written here, not by Pulumi's closure serializer, so it is the same whatever the SDK version and wherever
 * the package was loaded from. It is in users' states: refresh and destroy load the installed version's code
 * through it, so the stub paths are never renamed or removed (test/e2e/state-contract.test.ts pins each text).
 */
export const providerText = (type: string): string =>
  `exports.handler = () => require(${JSON.stringify(`pulumi-livechat/dist/provider/stubs/${type}.js`)});\n`;

/** The methods of one type's provider: each forwards to the generic lifecycle in the provider process. */
export function stub(type: string): pulumi.dynamic.ResourceProvider {
  // The implementation is required by package name inside the provider process, and credentials come from
  // `configure`, never from here.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const impl = () => require("pulumi-livechat/dist/provider/handlers").handlersFor(type);
  return {
    configure: async (req) => require("pulumi-livechat/dist/provider/runtime").configure(req.config),
    check: async (olds, news) => impl().check(olds, news),
    diff: async (id, olds, news) => impl().diff(id, olds, news),
    create: async (inputs) => impl().create(inputs),
    read: async (id, props) => impl().read(id, props),
    update: async (id, olds, news) => impl().update(id, olds, news),
    delete: async (id, props) => impl().delete(id, props),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}
