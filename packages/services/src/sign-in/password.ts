// Password hashing with argon2id at OWASP's minimum parameters (19 MiB, 2 passes).
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 declares Algorithm as a const enum, which isolated modules cannot import.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Verifying against this when the e-mail address is unknown keeps the answer time the
// same, so timing does not reveal which addresses have an account.
const dummyHash = hashPassword("geen-account-maar-wel-even-lang-rekenen");

export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(await dummyHash, password);
}
