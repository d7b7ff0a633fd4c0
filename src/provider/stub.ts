import type * as pulumi from "@pulumi/pulumi";

/**
 * The provider object Pulumi serializes into every resource's `__provider`. Each resource type's provider is
 * the exports of its own module (stubs/<Type>.js): Pulumi's closure serializer writes a module loaded from
 * node_modules as a one-line `require("pulumi-livechat/dist/provider/stubs/<Type>.js")` instead of its code,
 * so the state stays small. (Loaded from elsewhere, as in this repo's own build, the stub is serialized by
 * value, still free of credentials.) The implementation is required by package name inside the provider
 * process, and credentials come from `configure`, never from here.
 */
export function providerFor(type: string): pulumi.dynamic.ResourceProvider {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`./stubs/${type}`);
}

/** The methods of one type's provider: each forwards to the generic lifecycle in the provider process. */
export function stub(type: string): pulumi.dynamic.ResourceProvider {
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
