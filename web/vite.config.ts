/**
 * Vite build of the SpinePath web app (run with `vite build web`: the root is this folder). Output in web/dist,
 * served by the server (src/server/web/routes.ts). Hashed file names under assets/ are cached for a year; the role
 * areas (clinician, patient) and the chart library are separate chunks loaded on demand.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite web` during development: the API comes from the server on port 3000.
    proxy: { '/api': 'http://localhost:3000', '/fhir': 'http://localhost:3000', '/cds-services': 'http://localhost:3000' },
  },
});
