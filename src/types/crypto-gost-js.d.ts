// The part of @wavesenterprise/crypto-gost-js (a CommonJS bundle without types) that
// src/signature/gost.ts uses: the synchronous engine of GOST R 34.10 / 34.11.
declare module '@wavesenterprise/crypto-gost-js' {
  interface GostAlgorithm {
    name: string;
    version?: number;
    mode?: string;
    length?: number;
    namedCurve?: string;
    sBox?: string;
    hash?: GostAlgorithm;
    ukm?: ArrayBuffer;
  }
  interface GostSignEngine {
    verify(publicKey: ArrayBuffer, signature: ArrayBuffer, data: ArrayBuffer): boolean;
    sign(privateKey: ArrayBuffer, data: ArrayBuffer): ArrayBuffer;
    /** With `ukm` set, the key pair of the private key `ukm` (x‖y little-endian). */
    generateKey(): { privateKey: ArrayBuffer; publicKey: ArrayBuffer };
  }
  interface GostDigestEngine {
    digest(data: ArrayBuffer): ArrayBuffer;
  }
  const gost: {
    GostEngine: {
      getGostSign(algorithm: GostAlgorithm): GostSignEngine;
      getGostDigest(algorithm: GostAlgorithm): GostDigestEngine;
    };
  };
  export default gost;
}
