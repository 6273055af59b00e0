// The pv-* tags' types for Svelte markup (SvelteHTMLElements).
import type {} from 'patient-voice-widgets/svelte';
