import { defineConfig } from "vite";

// Built into web/dist/, served at / by the API server (src/server/static.ts).
// Everything is bundled (map shapes included): the page makes no request
// except to its own server.
export default defineConfig({
  root: __dirname,
  base: "/",
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: [".."] },
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
