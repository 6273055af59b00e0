// The pv-* tags' types for Vue templates (GlobalComponents).
import type {} from 'patient-voice-widgets/vue';
