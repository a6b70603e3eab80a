// Flat config, no plugins: the rules we care about are all core rules.
const nodeGlobals = {
  console: "readonly",
  process: "readonly",
  URL: "readonly",
};

export default [
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: nodeGlobals,
    },
    rules: {
      "no-unused-vars": "error",
      "no-undef": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
    },
  },
];
