// ESLint for the scripts the pages ship (templates/*.js): browser scripts, not modules,
// each wrapped in its own function. The recommended rules only: layout is prettier's
// (.prettierrc.json), so no rule here is about formatting.
// The packages live in .node/ (installed by scripts/ensure-node-tools.sh), not beside this file.
import { createRequire } from "node:module";

const require = createRequire(new URL("./.node/package.json", import.meta.url));
const js = require("@eslint/js");
const globals = require("globals");

export default [
  js.configs.recommended,
  {
    files: ["templates/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
];
