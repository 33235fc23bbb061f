/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';

// The jar serves the build from its classpath: Maven runs this build before packaging.
const backend = process.env.READTRACK_DEV_BACKEND ?? 'http://localhost:8000';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Readtrack',
        short_name: 'Readtrack',
        description: 'Track what you read: manga, webtoons, novels.',
        start_url: '/library',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f2',
        theme_color: '#3d5a80',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // the app's own routes open offline from the cached page; the API and documentation never do
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/actuator\//, /^\/media\//],
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        runtimeCaching: [
          {
            // covers have content-addressed names: once fetched they never change
            urlPattern: /^\/media\/covers\//,
            handler: 'CacheFirst',
            options: { cacheName: 'covers', expiration: { maxEntries: 500 } },
          },
        ],
      },
    }),
    // .gz and .br beside each file, which the jar serves to browsers that accept them: no compression work per request
    compression({ include: /\.(html|css|js|mjs|svg|webmanifest)$/, threshold: 1024, logLevel: 'silent' }),
  ],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': backend,
      '/media': backend,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
