# The runtimes this project supports and tests, in one place (sourced by the other scripts; a unit test checks
# package.json against it). The main run uses the newest of each; the compatibility run the oldest pair.
# Node.js LTS lines alive on 2026-11-26: 22 (maintenance until 2027-04-30), 24 (maintenance), 26 (active).
NODE_VERSION="${NODE_VERSION:-26.10.0}"                  # newest LTS line: the whole test suite, the demo
NODE_COMPAT_VERSION="${NODE_COMPAT_VERSION:-22.23.3}"    # oldest LTS line alive: the compatibility run
PULUMI_VERSION="${PULUMI_VERSION:-3.277.0}"              # newest CLI the Go module proxy serves (2026-12-06)
PULUMI_COMPAT_VERSION="${PULUMI_COMPAT_VERSION:-3.248.0}" # the CLI of the compatibility run
SDK_COMPAT_VERSION="${SDK_COMPAT_VERSION:-3.249.0}"      # oldest @pulumi/pulumi (first for Node 22); the newest
                                                          # is the devDependency in package.json
