import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {rollupOptions: {input: {main: 'index.html', one: 'one.html', base: 'base.html'}}},
});
