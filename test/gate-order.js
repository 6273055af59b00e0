// A gated external script for the gate's ordering test (src/hostile/gate.test.ts):
// records the index in its URL, in the order the scripts ran.
window.__order.push(Number(new URL(document.currentScript.src).searchParams.get('i')));
