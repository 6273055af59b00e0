'use client';
// Registers the tags that the server component writes as plain HTML.
import 'patient-voice-widgets/medical-disclaimer.js';

export function Register() {
  return null;
}
