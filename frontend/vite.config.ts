/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';

// The jar serves the build from its classpath: Maven runs this build before packaging.
const backend = process.env.READTRACK_DEV_BACKEND ?? 'http://localhost:8000';

// The app and its libraries are written against React; Preact's compat layer stands in for it at a fraction of
// React DOM's size. Exact matches only, so that packages merely named react-something keep resolving as they are.
const preactCompat = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  // @testing-library/react falls back to it for act(): Preact's own act flushes renders and effects
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

export default defineConfig({
  resolve: { alias: preactCompat },
  plugins: [
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
    rolldownOptions: {
      onwarn(warning, warn) {
        // "use client" marks modules for React Server Components, which this app has none of: nothing to act on
        // (React's Vite plugin, which this build used to have, kept these quiet too)
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
        // react-router looks for React 19's useOptimistic and does without it when it is missing, as under Preact
        if (warning.code === 'IMPORT_IS_UNDEFINED' && warning.message.includes('`useOptimistic`')) return;
        warn(warning);
      },
    },
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
    // @testing-library/react through Vite, in its ES build, so that the aliases above reach its imports: its
    // CommonJS build would ask Node for react-dom/test-utils, which node_modules' react-dom (preact's) does not have
    alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }],
    server: { deps: { inline: ['@testing-library/react'] } },
  },
});
