import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into dist/, which is checked in and embedded in secureflowd at compile
// time (cargo build needs no Node); scripts/web.sh --check fails when it is stale.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: /^@secureflow\/client\/gen\/(.*)$/,
        replacement: `${fileURLToPath(new URL("../typescript/src/gen/", import.meta.url))}$1`,
      },
      {
        find: /^@secureflow\/client$/,
        replacement: fileURLToPath(new URL("../typescript/src/index.js", import.meta.url)),
      },
    ],
    // The generated client lives beside this package: one copy of each runtime.
    dedupe: ["@bufbuild/protobuf", "@connectrpc/connect", "@connectrpc/connect-web"],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npm run dev` against a secureflowd on its default port.
    proxy: {
      "/secureflow.": "http://127.0.0.1:8080",
      "/api": "http://127.0.0.1:8080",
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
