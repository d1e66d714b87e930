import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // No data: URIs: a strict CSP (img-src 'self') would refuse them.
    assetsInlineLimit: 0,
  },
});
