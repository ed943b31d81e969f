/**
 * The privacy lock's cryptography, WebCrypto only (nothing hand-rolled, nothing downloaded).
 *
 * Two ways a record is sealed:
 * - **box** (capture while locked): an ephemeral ECDH P-256 key pair per record, agreed with
 *   the journal's public key, HKDF-SHA-256 into a fresh AES-GCM-256 key, a fresh random 12-byte
 *   IV. The popup, the new tab and the pause can save with the public key alone: no passcode.
 *   Opening one costs an ECDH agreement (about half a millisecond), so after an unlock the
 *   journal page re-seals boxes under the journal key (passes.ts).
 * - **vault** (written by a page that holds the unlocked keys): AES-GCM-256 under the journal
 *   key, a random 12-byte IV per record (far below the 2^32 messages per key at which random
 *   IVs start to risk a repeat). Opening one is a single AES-GCM decrypt, so 10,000 entries
 *   open in well under a second.
 * The private key and the journal key are kept only encrypted, under a key derived from the
 * passcode with PBKDF2-SHA-256 (600,000 iterations, a random 16-byte salt); changing the
 * passcode re-encrypts those two and touches no entry. Every ciphertext is bound to its
 * record (AES-GCM additional data), so a sealed blob moved onto another record will not open.
 */

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const AES = { name: 'AES-GCM', length: 256 } as const;

const subtle = () => globalThis.crypto.subtle;
/** Bytes on an ArrayBuffer of their own (what WebCrypto takes). */
export type Bytes = Uint8Array<ArrayBuffer>;
const random = (bytes: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(bytes));

/** A sealed record's content. ArrayBuffers: IndexedDB keeps them as they are. */
export type Sealed =
  | { via: 'box'; epk: ArrayBuffer; iv: ArrayBuffer; ct: ArrayBuffer }
  | { via: 'vault'; iv: ArrayBuffer; ct: ArrayBuffer };

/** The lock's keys at rest: the public key in the clear, the rest under the passcode. */
export interface VaultKeys {
  publicKey: JsonWebKey;
  salt: ArrayBuffer;
  iterations: number;
  /** AES-GCM under the passcode key: the private key (PKCS #8) then the journal key (raw). */
  iv: ArrayBuffer;
  wrapped: ArrayBuffer;
}

/** What an unlocked page holds, in memory only: neither key can be exported. */
export interface UnlockedKeys {
  privateKey: CryptoKey;
  journalKey: CryptoKey;
}

/** The secrets as bytes, only ever for a moment: to wrap them under a new passcode. */
interface Secrets {
  pkcs8: Bytes;
  journalKey: Bytes;
}

export class WrongPasscode extends Error {
  constructor() {
    super('wrong passcode');
    this.name = 'WrongPasscode';
  }
}

const buffer = (bytes: Bytes): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function passcodeKey(passcode: string, salt: ArrayBuffer, iterations: number) {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    AES,
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrapSecrets(
  secrets: Secrets,
  publicKey: JsonWebKey,
  passcode: string,
): Promise<VaultKeys> {
  const salt = buffer(random(SALT_BYTES));
  const iv = buffer(random(IV_BYTES));
  const key = await passcodeKey(passcode, salt, PBKDF2_ITERATIONS);
  const plain = new Uint8Array(1 + secrets.pkcs8.length + secrets.journalKey.length);
  plain[0] = secrets.pkcs8.length;
  plain.set(secrets.pkcs8, 1);
  plain.set(secrets.journalKey, 1 + secrets.pkcs8.length);
  const wrapped = await subtle().encrypt({ name: 'AES-GCM', iv }, key, plain);
  plain.fill(0);
  return { publicKey, salt, iterations: PBKDF2_ITERATIONS, iv, wrapped };
}

async function unwrapSecrets(keys: VaultKeys, passcode: string): Promise<Secrets> {
  const key = await passcodeKey(passcode, keys.salt, keys.iterations);
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv: keys.iv }, key, keys.wrapped),
    );
  } catch {
    // AES-GCM's tag is the check: a wrong passcode and a damaged record look the same.
    throw new WrongPasscode();
  }
  const length = plain[0] ?? 0;
  return { pkcs8: plain.slice(1, 1 + length), journalKey: plain.slice(1 + length) };
}

async function importSecrets(secrets: Secrets): Promise<UnlockedKeys> {
  const [privateKey, journalKey] = await Promise.all([
    subtle().importKey('pkcs8', secrets.pkcs8, CURVE, false, ['deriveBits']),
    subtle().importKey('raw', secrets.journalKey, AES, false, ['encrypt', 'decrypt']),
  ]);
  secrets.pkcs8.fill(0);
  secrets.journalKey.fill(0);
  return { privateKey, journalKey };
}

/** New keys for a new lock, wrapped under the passcode; and those keys, unlocked. */
export async function createKeys(
  passcode: string,
): Promise<{ keys: VaultKeys; unlocked: UnlockedKeys }> {
  const pair = await subtle().generateKey(CURVE, true, ['deriveBits']);
  const [pkcs8, publicKey] = await Promise.all([
    subtle().exportKey('pkcs8', pair.privateKey),
    subtle().exportKey('jwk', pair.publicKey),
  ]);
  const secrets = { pkcs8: new Uint8Array(pkcs8), journalKey: random(32) };
  const keys = await wrapSecrets(
    { ...secrets, pkcs8: secrets.pkcs8.slice(), journalKey: secrets.journalKey.slice() },
    publicKey,
    passcode,
  );
  return { keys, unlocked: await importSecrets(secrets) };
}

/** The passcode's keys, or WrongPasscode. */
export async function unlockKeys(keys: VaultKeys, passcode: string): Promise<UnlockedKeys> {
  return importSecrets(await unwrapSecrets(keys, passcode));
}

/** The same keys under a new passcode (a new salt and IV): no entry needs touching. */
export async function rewrapKeys(
  keys: VaultKeys,
  current: string,
  next: string,
): Promise<VaultKeys> {
  const secrets = await unwrapSecrets(keys, current);
  try {
    return await wrapSecrets(secrets, keys.publicKey, next);
  } finally {
    secrets.pkcs8.fill(0);
    secrets.journalKey.fill(0);
  }
}
