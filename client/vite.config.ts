import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the client runs on Vite's server and forwards API calls to the Node server.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/healthz': 'http://127.0.0.1:4000',
      '/api': 'http://127.0.0.1:4000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
