/** @type {import('next').NextConfig} */
export default {
  // The app lives in a cache folder, installed from its own lock.
  turbopack: {root: import.meta.dirname},
};
