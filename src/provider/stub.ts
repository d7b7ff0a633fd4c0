import type * as pulumi from "@pulumi/pulumi";

const providers = new Map<string, pulumi.dynamic.ResourceProvider>();

/**
 * The provider object Pulumi serializes into every resource's `__provider`: one tiny closure per resource
 * type, holding only the type's name. The implementation is required by package name inside the provider
 * process (a relative path would not survive in state), and credentials come from `configure`, never from here.
 * One object per type, so Pulumi serializes each type once.
 */
export function providerFor(type: string): pulumi.dynamic.ResourceProvider {
  let provider = providers.get(type);
  if (!provider) {
    provider = stub(type);
    providers.set(type, provider);
  }
  return provider;
}

function stub(type: string): pulumi.dynamic.ResourceProvider {
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
