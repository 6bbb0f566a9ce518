// node-forge's per-cipher modules: each registers itself on the shared `forge` object. Importing
// them one by one keeps the rest of forge (PKI, TLS, big numbers) out of the web bundle.
declare module 'node-forge/lib/forge.js' {
  import forge from 'node-forge';
  export default forge;
}
declare module 'node-forge/lib/des.js';
declare module 'node-forge/lib/rc2.js';
