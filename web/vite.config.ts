import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

// Build with `vite build web` from the repository root: output goes to
// web/dist, which the API serves at `/`. Everything is bundled (no CDN, no
// inline scripts) because the API sends `Content-Security-Policy: default-src 'self'`.
export default defineConfig({
  root,
  base: './',
  plugins: [preact({ devToolsInProd: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
})
