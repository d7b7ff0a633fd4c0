// Two projects: "unit" runs in-process (validation, normalization, client, emulator);
// "e2e" drives the real Pulumi CLI through the Automation API and is slower.
const base = { preset: "ts-jest", testEnvironment: "node" };
module.exports = {
  projects: [
    {
      ...base,
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/emulator/**/*.test.ts"],
    },
    {
      ...base,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.js",
      slowTestThreshold: 120,
    },
  ],
};
