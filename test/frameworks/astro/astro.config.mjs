import {defineConfig} from 'astro/config';
import lit from '@astrojs/lit';

export default defineConfig({integrations: [lit()], telemetry: false});
