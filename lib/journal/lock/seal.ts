import type { Bytes, Sealed, UnlockedKeys } from './crypto';

/**
 * Sealing and opening one record (see crypto.ts for the scheme). Apart from the passcode's
 * key handling so that a page that only captures loads just this, and only once the lock is on.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const AES = { name: 'AES-GCM', length: 256 } as const;
const IV_BYTES = 12;
const subtle = () => globalThis.crypto.subtle;
const random = (bytes: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(bytes));
const buffer = (bytes: Bytes): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
/** Made on first use: a module-level `new TextEncoder()` would keep this file in every bundle. */
let boxInfo: Bytes | undefined;

const publicKeys = new WeakMap<JsonWebKey, Promise<CryptoKey>>();
function importPublic(jwk: JsonWebKey): Promise<CryptoKey> {
  let key = publicKeys.get(jwk);
  if (!key) {
    key = subtle().importKey('jwk', jwk, CURVE, false, []);
    publicKeys.set(jwk, key);
  }
  return key;
}

async function boxKey(secret: ArrayBuffer, epk: ArrayBuffer, usage: KeyUsage) {
  const material = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: epk,
      info: (boxInfo ??= new TextEncoder().encode('steady-box-v1')),
    },
    material,
    AES,
    false,
    [usage],
  );
}

/** Seals with the public key alone: what every surface can do while the journal is locked. */
export async function sealBox(publicKey: JsonWebKey, plain: Bytes, aad: Bytes): Promise<Sealed> {
  const eph = await subtle().generateKey(CURVE, true, ['deriveBits']);
  const [secret, epk] = await Promise.all([
    subtle().deriveBits(
      { name: 'ECDH', public: await importPublic(publicKey) },
      eph.privateKey,
      256,
    ),
    subtle().exportKey('raw', eph.publicKey),
  ]);
  const key = await boxKey(secret, epk, 'encrypt');
  const iv = buffer(random(IV_BYTES));
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain);
  return { via: 'box', epk, iv, ct };
}

/** Seals with the journal key: for a page that holds the unlocked keys. */
export async function sealVault(unlocked: UnlockedKeys, plain: Bytes, aad: Bytes): Promise<Sealed> {
  const iv = buffer(random(IV_BYTES));
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    unlocked.journalKey,
    plain,
  );
  return { via: 'vault', iv, ct };
}

/** Opens either kind of seal. Throws if the keys, the record or the binding are not right. */
export async function openSealed(
  unlocked: UnlockedKeys,
  sealed: Sealed,
  aad: Bytes,
): Promise<Bytes> {
  let key = unlocked.journalKey;
  if (sealed.via === 'box') {
    const epk = await subtle().importKey('raw', sealed.epk, CURVE, false, []);
    const secret = await subtle().deriveBits(
      { name: 'ECDH', public: epk },
      unlocked.privateKey,
      256,
    );
    key = await boxKey(secret, sealed.epk, 'decrypt');
  }
  return new Uint8Array(
    await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad }, key, sealed.ct),
  );
}
